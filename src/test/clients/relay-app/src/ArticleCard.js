// A card for one article: nested objects and every list field, spread by the list, the search and the subscription.
import { graphql, useFragment } from 'react-relay';

export default function ArticleCard({ article }) {
  const data = useFragment(
    graphql`
      fragment ArticleCard_article on Article {
        id
        headline
        publishedOn
        ingestedAt
        dateline { id name country { name countryCode } }
        source { id name }
        feeds { id name }
        people { id name roles { title current organization { id name } place { id name } } }
        organizations { id name kind }
        places { id name kind latitude longitude }
        photos { caption credit takenOn }
        statements { id kind text speaker { id name } }
        incidents {
          id
          title
          type
          occurredOn
          figures { kind value atLeast reportedBy { id name } }
          actors { role attribution entity { id name } }
        }
      }
    `,
    article,
  );
  return data.headline;
}
