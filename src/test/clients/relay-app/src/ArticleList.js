// The article list, paged both ways with usePaginationFragment (a @connection with first/after and last/before).
import { graphql, usePaginationFragment } from 'react-relay';

export default function ArticleList({ query }) {
  const { data, loadNext, loadPrevious } = usePaginationFragment(
    graphql`
      fragment ArticleList_query on Query
      @argumentDefinitions(
        first: { type: "Int", defaultValue: 10 }
        after: { type: "String" }
        last: { type: "Int" }
        before: { type: "String" }
        from: { type: "Date" }
      )
      @refetchable(queryName: "ArticleListPaginationQuery") {
        articles(first: $first, after: $after, last: $last, before: $before, from: $from)
        @connection(key: "ArticleList_articles") {
          totalCount
          edges {
            cursor
            node { id ...ArticleCard_article }
          }
        }
      }
    `,
    query,
  );
  return { data, loadNext, loadPrevious };
}
