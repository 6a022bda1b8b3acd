# Both answers as one shape: a person's name and statements with their article's headline.
(.data.node // .data.namedEntityByRowId) | {name,
  statements: ((.statements // .statementsBySpeakerId).nodes | map({text, headline: (.article // .articleByArticleId).headline}))}
