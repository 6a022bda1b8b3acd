// What the client scripts share: a plain GraphQL-over-HTTP call and one realistic article to ingest.

/** POSTs an operation and returns the parsed body; throws on a non-2xx status or any GraphQL error. */
export async function request(url, query, variables = {}, token = undefined) {
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
  if (token) {
    headers.authorization = `Bearer ${token}`;
  }
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (!response.ok || body.errors) {
    throw new Error(`HTTP ${response.status} for ${query.slice(0, 80)}: ${JSON.stringify(body)}`);
  }
  return body.data;
}

/**
 * Ingests one new article (the label makes its text unique) with a person holding a role, organizations, places
 * with a parent, a photo, a statement and an incident with actors, figures and munitions: something for every
 * nested and list field of Article and Incident. Returns the IngestOutcome.
 */
export async function ingestArticle(url, token, label) {
  const article = {
    headline: `Drone attack on Kharkiv injures two, mayor says (${label})`,
    paragraphs: [
      `A Russian drone attack on Kharkiv injured two people overnight, Mayor Ihor Terekhov said on Telegram (${label}).`,
      '"Air defence was working over the city," Terekhov said.',
    ],
    publishedOn: '2025-06-10',
    dateline: 'Kharkiv',
    feed: `real-clients-${label}.txt`,
    source: 'Reuters',
    people: [{ name: 'Ihor Terekhov', aliases: ['Terekhov'], roles: [{ title: 'Mayor', place: 'Kharkiv', current: true }] }],
    organizations: [
      { name: 'Reuters', kind: 'NEWS_AGENCY' },
      { name: 'Russian armed forces', kind: 'MILITARY', countryCode: 'RU' },
      { name: 'Telegram', kind: 'PLATFORM' },
    ],
    places: [
      { name: 'Ukraine', kind: 'COUNTRY', countryCode: 'UA' },
      { name: 'Kharkiv', kind: 'CITY', countryCode: 'UA', parent: 'Ukraine', latitude: 49.99, longitude: 36.23 },
    ],
    photos: [{ caption: `Firefighters at a damaged building in Kharkiv (${label})`, credit: 'Reuters', filePhoto: false,
      place: 'Kharkiv', takenOn: '2025-06-10' }],
    statements: [{ kind: 'QUOTE', text: 'Air defence was working over the city', speaker: 'Terekhov',
      channel: 'Telegram', about: ['Kharkiv'] }],
    incidents: [{
      type: 'AIR_DRONE_STRIKE',
      title: `Overnight drone attack on Kharkiv (${label})`,
      occurredOn: '2025-06-10',
      place: 'Kharkiv',
      actors: [{ role: 'PERPETRATOR', entity: 'Russian armed forces' }],
      figures: [{ kind: 'INJURED', value: 2, reportedBy: 'Terekhov' }],
      munitions: [{ quantity: 3, weapon: 'Shahed drone' }],
    }],
  };
  const data = await request(url, `mutation($input: [ArticleInput!]!) {
      ingestArticles(input: $input) { status article { id headline } createdIncidents { id title } }
    }`, { input: [article] }, token);
  const outcome = data.ingestArticles[0];
  if (outcome.status !== 'CREATED') {
    throw new Error(`ingest of ${label} answered ${outcome.status}, expected CREATED`);
  }
  return outcome;
}

/** Every article ID in the server's order, read with plain requests of 100, and the totalCount it reports. */
export async function serverList(url) {
  const ids = [];
  let total;
  for (let after = null; ;) {
    const { articles } = await request(url, `query($after: String) {
        articles(first: 100, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
    { after });
    total = Number(articles.totalCount);
    ids.push(...articles.edges.map((edge) => edge.node.id));
    if (!articles.pageInfo.hasNextPage) {
      return { ids, total };
    }
    after = articles.pageInfo.endCursor;
  }
}
