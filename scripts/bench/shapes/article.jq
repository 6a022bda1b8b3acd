# Both answers as one shape: an article's page (its source, people, statements with speakers, incidents with places);
# lists sorted, since each server has its own order for them.
(.data.node // .data.articleByRowId) as $a |
if .data.node then
  {headline: $a.headline, publishedOn: $a.publishedOn, source: $a.source.name,
   people: ($a.people | map(.name) | sort),
   statements: ($a.statements | map({text, speaker: .speaker.name}) | sort_by(.text, .speaker)),
   incidents: ($a.incidents | map({title, type, killed, injured, place: .place.name, parent: .place.parent.name}) | sort_by(.title))}
else
  {headline: $a.headline, publishedOn: $a.publishedOn, source: $a.namedEntityBySourceId.name,
   people: [$a.mentionsByArticleId.nodes[].namedEntityByEntityId | select(.type == "PERSON") | .name] | sort,
   statements: ($a.statementsByArticleId.nodes | map({text, speaker: .namedEntityBySpeakerId.name}) | sort_by(.text, .speaker)),
   incidents: ($a.incidentArticlesByArticleId.nodes | map(.incidentByIncidentId
     | {title, type, killed, injured, place: .namedEntityByPlaceId.name, parent: .namedEntityByPlaceId.namedEntityByParentId.name})
     | sort_by(.title))}
end
