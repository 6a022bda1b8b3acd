// Live updates: new articles as ArticleCards, and incidents within a place with their figures and actors.
import { graphql, useSubscription } from 'react-relay';

const articleIngested = graphql`
  subscription LiveFeedArticleSubscription {
    articleIngested { id ...ArticleCard_article }
  }
`;

const incidentReported = graphql`
  subscription LiveFeedIncidentSubscription($within: ID) {
    incidentReported(within: $within) {
      id
      title
      type
      place { id name country { name } }
      figures { kind value reportedBy { id name } }
      actors { role entity { id name } }
      articles { id headline }
    }
  }
`;

export default function LiveFeed({ within }) {
  useSubscription({ subscription: articleIngested, variables: {} });
  useSubscription({ subscription: incidentReported, variables: { within } });
}
