# Both answers as one shape: articles with their people (and roles) and places (and parents).
if .data.articles then
  .data.articles.nodes | map({headline,
    people: (.people | map({name, roles: (.roles | map({title, organization: .organization.name}))})),
    places: (.places | map({name, parent: .parent.name}))})
else
  .data.allArticles.nodes | map({headline,
    people: [.mentionsByArticleId.nodes[].namedEntityByEntityId | select(.type == "PERSON")
             | {name, roles: (.personRolesByPersonId.nodes | map({title, organization: .namedEntityByOrganizationId.name}))}],
    places: [.mentionsByArticleId.nodes[].namedEntityByEntityId | select(.type == "PLACE")
             | {name, parent: .namedEntityByParentId.name}]})
end
