# Both answers as one shape: the newest events with their place, its parent, and their participants (sorted by name).
if .data.events then
  .data.events.nodes | map({title, kind, occurredOn, place: .place.name, parent: .place.parent.name,
    participants: (.participants | map(.name) | sort)})
else
  .data.allEvents.nodes | map({title, kind, occurredOn, place: .namedEntityByPlaceId.name,
    parent: .namedEntityByPlaceId.namedEntityByParentId.name,
    participants: (.eventParticipantsByEventId.nodes | map(.namedEntityByEntityId.name) | sort)})
end
