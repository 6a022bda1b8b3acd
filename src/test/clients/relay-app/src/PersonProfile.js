// A person's profile, refetched through node(id:) by @refetchable, with their statements as a paged connection.
import { graphql, useRefetchableFragment } from 'react-relay';

export default function PersonProfile({ person }) {
  return useRefetchableFragment(
    graphql`
      fragment PersonProfile_person on Person
      @argumentDefinitions(statementCount: { type: "Int", defaultValue: 5 })
      @refetchable(queryName: "PersonProfileRefetchQuery") {
        id
        name
        aliases
        roles { title current organization { id name } place { id name } }
        statements(first: $statementCount) {
          totalCount
          edges { node { id kind text saidOn article { id ...ArticleCard_article } } }
        }
      }
    `,
    person,
  );
}
