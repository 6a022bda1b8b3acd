// graphql-ws subscriptions with nested selections, as a frontend subscribes: every nested object and list field of
// Article and Incident, and the Relay app's own subscription document with its ArticleCard fragment spread.
// One article is ingested over HTTP with an editor token; every subscription must deliver it, and each payload must
// equal what node(id:) answers over HTTP for the same selection: whatever works in a query works in a subscription.
// Usage: NEWSGRAPH_TOKEN=<editor token> node subscriptions.mjs <graphql-url>     Prints "SUBSCRIPTIONS OK <n>" last.
import { isDeepStrictEqual } from 'node:util';
import { readFileSync } from 'node:fs';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ingestArticle, request } from './graphql.mjs';

const url = process.argv[2];
const token = process.env.NEWSGRAPH_TOKEN;
if (!url || !token) {
  console.error('usage: NEWSGRAPH_TOKEN=<editor token> node subscriptions.mjs <graphql-url>');
  process.exit(2);
}

const INCIDENT = `
  id title type occurredOn datePrecision dateText killed killedAtLeast injured injuredAtLeast
  place { id name kind parent { name } country { name countryCode } }
  figures { kind value atLeast note reportedBy { __typename id name } }
  actors { role attribution description entity { __typename id name } }
  perpetrators: actors(role: PERPETRATOR) { role entity { name } }
  munitions { quantity weapon atLeast }
  reporters { __typename id name }
  articles { id headline feeds { name } }
  partOf { id } parts { id }`;
const ARTICLE = `
  id headline paragraphs publishedOn notBefore dateBasis dateEvidence ingestedAt
  dateline { id name kind parent { name } country { name countryCode } }
  source { id name kind }
  feeds { id name }
  people {
    id name aliases
    roles { title current organization { name } place { name } person { name } }
    articles(first: 3) { totalCount edges { cursor node { id } } pageInfo { hasNextPage } }
  }
  organizations { id name kind countryCode }
  places { id name kind latitude longitude parent { name } children { name } }
  photos { caption credit filePhoto takenOn place { name } agency { name } photographer { name } }
  statements { id kind text channel saidOn speaker { __typename id name } about { __typename id name } venue { __typename } article { id } }
  mentions { sentence entity { __typename id name } }
  incidents { ${INCIDENT} }`;
// The Relay app's fragment, word for word: Relay sends the subscription with the fragment it spreads.
const articleCard = readFileSync(new URL('./relay-app/src/ArticleCard.js', import.meta.url), 'utf8')
  .match(/graphql`([^`]*)`/)[1];

const ukraine = (await request(url, '{ places(text: "Ukraine", kind: COUNTRY) { nodes { id } } }')).places.nodes[0].id;
const subscriptions = [
  { name: 'articleIngested, every nested and list field', root: 'articleIngested',
    query: `subscription { articleIngested { ${ARTICLE} } }`,
    refetch: `query($id: ID!) { node(id: $id) { ... on Article { ${ARTICLE} } } }` },
  { name: 'Relay LiveFeedArticleSubscription with ...ArticleCard_article', root: 'articleIngested',
    query: `subscription LiveFeedArticleSubscription { articleIngested { id ...ArticleCard_article } } ${articleCard}`,
    refetch: `query($id: ID!) { node(id: $id) { ... on Article { id ...ArticleCard_article } } } ${articleCard}` },
  { name: 'incidentReported, every nested and list field', root: 'incidentReported',
    query: `subscription { incidentReported { ${INCIDENT} } }`,
    refetch: `query($id: ID!) { node(id: $id) { ... on Incident { ${INCIDENT} } } }` },
  { name: 'incidentReported(within: Ukraine)', root: 'incidentReported',
    query: `subscription($within: ID) { incidentReported(within: $within) { ${INCIDENT} } }`, variables: { within: ukraine },
    refetch: `query($id: ID!) { node(id: $id) { ... on Incident { ${INCIDENT} } } }` },
];

const wsUrl = url.replace(/^http/, 'ws');
const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
const label = `ws-${Date.now()}`;
const problems = [];
const received = subscriptions.map((subscription) => new Promise((resolve) => {
  const timer = setTimeout(() => {
    problems.push(`${subscription.name}: no event for the ingested article within 20 s`);
    resolve(null);
  }, 20000);
  client.subscribe({ query: subscription.query, variables: subscription.variables ?? {} }, {
    next: (result) => {
      if (result.errors) {
        problems.push(`${subscription.name}: errors ${JSON.stringify(result.errors)}`);
      }
      const payload = result.data?.[subscription.root];
      if (payload && JSON.stringify(payload).includes(label)) {
        clearTimeout(timer);
        resolve(payload);
      }
    },
    error: (error) => {
      clearTimeout(timer);
      problems.push(`${subscription.name}: ${error instanceof Error ? error.message : JSON.stringify(error)}`);
      resolve(null);
    },
    complete: () => {},
  });
}));
// The protocol has no acknowledgement of a subscribe: give the server a moment to register all four.
await new Promise((resolve) => setTimeout(resolve, 1500));
const outcome = await ingestArticle(url, token, label);
const payloads = await Promise.all(received);
client.dispose();

for (const [i, subscription] of subscriptions.entries()) {
  const payload = payloads[i];
  if (!payload) {
    continue;
  }
  const node = (await request(url, subscription.refetch, { id: payload.id })).node;
  if (!isDeepStrictEqual(payload, node)) {
    problems.push(`${subscription.name}: the event differs from node(id:) over HTTP\n  event: ${JSON.stringify(payload)}`
      + `\n  query: ${JSON.stringify(node)}`);
  }
  console.log(`${subscription.name}: ${JSON.stringify(payload).length} characters`);
}
// The values themselves, so that two equally broken answers cannot pass.
const [article, card, incident, withinUkraine] = payloads;
const expect = (condition, what) => condition || problems.push(`unexpected payload: ${what}`);
if (article) {
  expect(article.id === outcome.article.id, 'articleIngested.id is the ingested article');
  expect(article.dateline?.name === 'Kharkiv' && article.dateline.country?.name === 'Ukraine', 'dateline Kharkiv, Ukraine');
  expect(article.people.some((p) => p.name === 'Ihor Terekhov' && p.roles.some((r) => r.title === 'Mayor')), 'people with roles');
  expect(article.people[0]?.articles.totalCount >= 1, 'a nested connection in people');
  expect(article.feeds.some((f) => f.name === `real-clients-${label}.txt`), 'feeds');
  expect(article.photos.length === 1 && article.statements.length === 1 && article.mentions.length > 0, 'photos, statements, mentions');
  expect(article.incidents[0]?.figures[0]?.value === 2 && article.incidents[0].figures[0].reportedBy?.name === 'Ihor Terekhov',
    'incident figures with who reported them');
  expect(article.incidents[0]?.actors[0]?.entity?.name === 'Russian armed forces', 'incident actors');
}
if (card) {
  expect(card.people.length > 0 && card.incidents.length > 0 && card.feeds.length > 0, 'ArticleCard lists');
}
for (const event of [incident, withinUkraine]) {
  if (event) {
    expect(event.id === outcome.createdIncidents[0].id, 'incidentReported.id is the ingested incident');
    expect(event.figures.length === 1 && event.actors.length === 1 && event.munitions.length === 1, 'incident lists');
    expect(event.articles[0]?.id === outcome.article.id, 'incident articles');
    expect(event.place?.country?.name === 'Ukraine', 'incident place and country');
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`SUBSCRIPTIONS OK ${subscriptions.length}`);
