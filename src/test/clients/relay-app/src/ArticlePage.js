// The page that loads the list: a query with a custom scalar variable (Date) spreading the pagination fragment.
import { graphql, useLazyLoadQuery } from 'react-relay';

export default function ArticlePage({ from }) {
  return useLazyLoadQuery(
    graphql`
      query ArticlePageQuery($from: Date) {
        ...ArticleList_query @arguments(from: $from)
      }
    `,
    { from },
  );
}
