# Both answers as one shape: an organization with its members' titles, people and places (sorted).
(.data.node // .data.namedEntityByRowId) as $o |
{name: $o.name, kind: $o.kind, countryCode: $o.countryCode,
 members: (($o.members // $o.personRolesByOrganizationId.nodes)
   | map({title, current, person: (.person // .namedEntityByPersonId).name, place: (.place // .namedEntityByPlaceId).name})
   | sort_by(.person, .title, .place))}
