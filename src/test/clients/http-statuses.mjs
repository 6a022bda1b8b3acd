// GraphQL over HTTP as a client sees it, with plain fetch: status codes under application/graphql-response+json for
// requests that cannot run (they must get 4xx and no data), messages that leak nothing of the server's insides,
// media types as browsers and libraries send them, a malformed ID in nodes(ids:) that nulls only its own entry, a
// subscription over plain HTTP refused, and @defer honoured if the schema advertises it.
// Usage: node http-statuses.mjs <graphql-url>     Prints "HTTP OK <checks>" last; exits non-zero listing failures.
const url = process.argv[2];
if (!url) {
  console.error('usage: node http-statuses.mjs <graphql-url>');
  process.exit(2);
}
const RESPONSE_JSON = 'application/graphql-response+json';
const problems = [];
let checks = 0;
const expect = (condition, what) => {
  checks++;
  return condition || problems.push(what);
};
// What a message must not show: graphql-java's value classes, Java class or package names, stack frames.
const LEAK = /StringValue\{|IntValue\{|ObjectValue\{|graphql\.|java\.|Exception|\bat [a-z]+\./;

async function post(body, headers = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: RESPONSE_JSON, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, type: response.headers.get('content-type') ?? '', text, json };
}

/** A request that cannot run: 4xx, no data entry, an error with the stable code, nothing leaked. */
async function refused(name, body, code, { headers = {}, mentions } = {}) {
  const { status, json, text } = await post(body, headers);
  expect(status >= 400 && status < 500, `${name}: HTTP ${status}, expected 4xx: ${text}`);
  expect(json && !('data' in json), `${name}: the body has a data entry: ${text}`);
  const error = json?.errors?.[0];
  expect(error?.extensions?.code === code, `${name}: extensions.code ${error?.extensions?.code}, expected ${code}: ${text}`);
  expect(!LEAK.test(error?.message ?? ''), `${name}: the message leaks server internals: ${error?.message}`);
  if (mentions) {
    const named = [`'${mentions}'`, `"${mentions}"`, `$${mentions}`].some((form) => error?.message?.includes(form));
    expect(named, `${name}: the message does not name '${mentions}': ${error?.message}`);
  }
}

const deep = `{ places(first: 1) { nodes { ${'parent { '.repeat(25)}id${' }'.repeat(25)} } } }`;
await refused('unauthenticated mutation', {
  query: 'mutation { ingestArticles(input: [{headline: "Hello", paragraphs: ["First paragraph."]}]) { status } }',
}, 'UNAUTHENTICATED');
await refused('too deep', { query: deep }, 'LIMIT_EXCEEDED');
await refused('too complex', { query: '{ people(first: 100) { nodes { articles(first: 100) { nodes { id } } } } }' },
  'LIMIT_EXCEEDED');
await refused('missing required variable', { query: 'query($id: ID!) { node(id: $id) { id } }' }, 'BAD_USER_INPUT',
  { mentions: 'id' });
await refused('bad Date literal', { query: '{ articles(from: "x") { totalCount } }' }, 'BAD_USER_INPUT',
  { mentions: 'from' });
await refused('wrongly typed variable', {
  query: 'query($n: Int) { articles(first: $n) { totalCount } }', variables: { n: 'abc' },
}, 'BAD_USER_INPUT', { mentions: 'n' });
await refused('bad Date variable', {
  query: 'query($from: Date) { articles(from: $from) { totalCount } }', variables: { from: '10 June' },
}, 'BAD_USER_INPUT', { mentions: 'from' });

// Media types as browsers, proxies and libraries write them (RFC 9110): lists, parameters, any case.
const query = JSON.stringify({ query: '{ articles(first: 1) { totalCount } }' });
for (const contentType of ['application/json, application/json', 'Application/JSON; charset=UTF-8',
  'application/json;charset="utf-8"', 'application/json ; charset=utf-8']) {
  const { status, text } = await post(query, { 'content-type': contentType });
  expect(status === 200 && text.includes('totalCount'), `Content-Type '${contentType}': HTTP ${status} ${text}`);
}
for (const accept of ['application/graphql-response+json, application/json;q=0.9', 'APPLICATION/JSON', '*/*;q=0.8']) {
  const { status, text } = await post(query, { accept });
  expect(status === 200 && text.includes('totalCount'), `Accept '${accept}': HTTP ${status} ${text}`);
}
const wrongType = await post(query, { 'content-type': 'text/plain' });
expect(wrongType.status === 415, `Content-Type text/plain: HTTP ${wrongType.status}, expected 415`);

// One malformed ID in nodes(ids:) nulls its own entry, with an error at its path; the rest of the answer stays.
const first = (await post({ query: '{ articles(first: 1) { nodes { id } } }' })).json.data.articles.nodes[0].id;
const partial = await post({ query: `{ nodes(ids: ["${first}", "not-an-id"]) { id } articles(first: 1) { totalCount } }` });
expect(partial.status === 200, `nodes with a malformed ID: HTTP ${partial.status} ${partial.text}`);
expect(partial.json?.data?.nodes?.[0]?.id === first && partial.json.data.nodes[1] === null,
  `nodes with a malformed ID: expected [{id: ${first}}, null]: ${partial.text}`);
expect(partial.json?.data?.articles?.totalCount !== undefined, `nodes with a malformed ID lost the other root field: ${partial.text}`);
const path = JSON.stringify(partial.json?.errors?.[0]?.path);
expect(path === '["nodes",1]', `nodes with a malformed ID: error path ${path}, expected ["nodes",1]`);

// A subscription sent over plain HTTP: refused, or answered as a stream; never one answer holding a server object.
const subscription = await post({ query: 'subscription { articleIngested { id } }' });
expect(subscription.status >= 400 || /^(multipart\/mixed|text\/event-stream)/.test(subscription.type),
  `subscription over HTTP POST: HTTP ${subscription.status} ${subscription.type} ${subscription.text.slice(0, 200)}`);

// @defer: if the schema advertises it, a client that accepts multipart/mixed must get the answer incrementally.
const directives = (await post({ query: '{ __schema { directives { name } } }' })).json.data.__schema.directives;
if (directives.some((directive) => directive.name === 'defer')) {
  const deferred = await post({ query: '{ articles(first: 2) { nodes { id ... @defer { headline } } } }' },
    { accept: 'multipart/mixed; deferSpec=20220824, application/json' });
  expect(deferred.type.startsWith('multipart/mixed'),
    `@defer is advertised but not honoured: answered ${deferred.type}, not multipart/mixed: ${deferred.text.slice(0, 300)}`);
  expect((deferred.text.match(/content-type: application\/json/gi) ?? []).length >= 2,
    `@defer answered fewer than two parts: ${deferred.text.slice(0, 500)}`);
} else {
  console.log('@defer is not advertised');
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`HTTP OK ${checks}`);
