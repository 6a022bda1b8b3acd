# Both answers as one shape: incidents with place, parent place and perpetrators.
if .data.incidents then
  .data.incidents.nodes | map({title, place: .place.name, parent: .place.parent.name, perpetrators: (.perpetrators | map(.entity.name))})
else
  (.data.benchIncidentsWithin // .data.benchIncidentsInCountry).nodes | map({title, place: .namedEntityByPlaceId.name,
    parent: .namedEntityByPlaceId.namedEntityByParentId.name,
    perpetrators: (.incidentActorsByIncidentId.nodes | map(.namedEntityByEntityId.name))})
end
