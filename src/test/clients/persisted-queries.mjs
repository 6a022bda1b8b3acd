// Automatic persisted queries with the real clients: Apollo Client 4's PersistedQueryLink (useGETForHashedQueries) or
// urql 6's persistedExchange (preferGetForPersistedQueries), each as a frontend would set it up. A recording fetch
// checks the exchange on the wire:
//   - a query the server does not know yet: a GET with the hash only, answered PersistedQueryNotFound, then the
//     client's own retry with the query (Apollo: POST, urql: GET), answered with data;
//   - the same query from a fresh client: one GET with the hash only, answered with data and cache headers that let
//     a CDN keep it (Cache-Control public with a max-age, Vary: Accept);
//   - a fresh client set up to POST hashed queries (Apollo's default): one hash-only POST, answered with data;
//   - a mutation: never GET; hash only first, then with the query (refused here: no token, so nothing changes);
//   - the data equal to a plain POST of the same query.
// Usage: node persisted-queries.mjs apollo|urql <graphql-url>     Prints "APQ OK <client>" last.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql as apolloGql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { Client, cacheExchange, fetchExchange, gql as urqlGql } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { createHash, randomUUID } from 'node:crypto';
import { request } from './graphql.mjs';

const [clientName, url] = process.argv.slice(2);
if (!['apollo', 'urql'].includes(clientName) || !url) {
  console.error('usage: node persisted-queries.mjs apollo|urql <graphql-url>');
  process.exit(2);
}
const problems = [];
const expect = (condition, what) => condition || problems.push(what);
const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** What went over the wire, one entry per HTTP exchange. */
let wire = [];
async function recordingFetch(input, init = {}) {
  const target = new URL(typeof input === 'string' ? input : input.url);
  const method = (init.method ?? 'GET').toUpperCase();
  const parameters = method === 'GET' ? Object.fromEntries(target.searchParams) : JSON.parse(init.body);
  const extensions = typeof parameters.extensions === 'string' ? JSON.parse(parameters.extensions) : parameters.extensions;
  const response = await fetch(input, init);
  wire.push({
    method,
    hash: extensions?.persistedQuery?.sha256Hash,
    query: parameters.query,
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    vary: response.headers.get('vary'),
  });
  return response;
}
const describe = (exchanges) => exchanges.map((e) => `${e.method} ${e.query ? 'query+hash' : 'hash only'} -> ${e.status}`
  + ` [${e.cacheControl}]`).join(', ');

// A new operation name on every run, so that the first request is a miss whatever ran before on this server.
const nonce = randomUUID().replaceAll('-', '').slice(0, 12);
const ARTICLES = `query Articles_${nonce}($first: Int!) { articles(first: $first) { totalCount nodes { id headline } } }`;
const DELETE = `mutation Delete_${nonce}($id: ID!) { deleteArticle(id: $id) }`;

/** A fresh client, as a page load would make it: runs a query or a mutation, resolves to { data, error }. */
function newClient(hashedQueriesByGet = true) {
  if (clientName === 'apollo') {
    const client = new ApolloClient({
      link: ApolloLink.from([
        new PersistedQueryLink({ sha256, useGETForHashedQueries: hashedQueriesByGet }),
        new HttpLink({ uri: url, fetch: recordingFetch }),
      ]),
      cache: new InMemoryCache(),
    });
    const settle = (promise) => promise.then(({ data }) => ({ data }), (error) => ({ error }));
    return {
      query: (text, variables) => settle(client.query({ query: apolloGql(text), variables, fetchPolicy: 'network-only' })),
      mutate: (text, variables) => settle(client.mutate({ mutation: apolloGql(text), variables })),
    };
  }
  const client = new Client({
    url,
    fetch: recordingFetch,
    exchanges: [cacheExchange, persistedExchange({ preferGetForPersistedQueries: hashedQueriesByGet, enableForMutation: true }), fetchExchange],
  });
  const settle = (result) => (result.error ? { error: result.error } : { data: result.data });
  return {
    query: (text, variables) => client.query(urqlGql(text), variables, { requestPolicy: 'network-only' }).toPromise().then(settle),
    mutate: (text, variables) => client.mutation(urqlGql(text), variables).toPromise().then(settle),
  };
}
const codes = (error) => (error?.errors ?? error?.graphQLErrors ?? []).map((e) => e.extensions?.code);
const articles = (data) => JSON.stringify({
  totalCount: data?.articles?.totalCount,
  nodes: data?.articles?.nodes?.map(({ id, headline }) => ({ id, headline })),
});

const truth = articles(await request(url, ARTICLES, { first: 2 }));

// 1. A query the server does not know yet: hash-only GET, PersistedQueryNotFound, the client's retry with the query.
wire = [];
const cold = await newClient().query(ARTICLES, { first: 2 });
expect(!cold.error && articles(cold.data) === truth, `first query: ${cold.error?.message ?? articles(cold.data)}, expected ${truth}`);
const retryMethod = clientName === 'apollo' ? 'POST' : 'GET';
expect(wire.length === 2, `first query: expected a miss and a retry, got ${describe(wire)}`);
if (wire.length === 2) {
  const [miss, retry] = wire;
  expect(miss.method === 'GET' && !miss.query && /^[0-9a-f]{64}$/.test(miss.hash ?? ''),
    `the first request was not a hash-only GET: ${describe([miss])}`);
  expect(miss.status === 404 && miss.cacheControl === 'no-store',
    `an unknown hash was answered ${miss.status} [${miss.cacheControl}], expected 404 [no-store]`);
  expect(retry.method === retryMethod && retry.query && retry.hash === miss.hash && sha256(retry.query) === retry.hash,
    `the retry was not a ${retryMethod} with the query and its hash: ${describe([retry])}`);
  expect(retry.status === 200, `the retry was answered ${retry.status}`);
}
const hash = wire[0]?.hash;
const phases = [`first query: ${describe(wire)}`];

// 2. A fresh client, the same query: one hash-only GET, answered with data a CDN may keep.
wire = [];
const warm = await newClient().query(ARTICLES, { first: 2 });
expect(!warm.error && articles(warm.data) === truth, `second query: ${warm.error?.message ?? articles(warm.data)}, expected ${truth}`);
expect(wire.length === 1 && wire[0].method === 'GET' && !wire[0].query && wire[0].hash === hash && wire[0].status === 200,
  `the known query was not one hash-only GET answered 200: ${describe(wire)}`);
expect(/^public, max-age=[1-9][0-9]*$/.test(wire[0]?.cacheControl ?? ''), `a hit is not cacheable: Cache-Control ${wire[0]?.cacheControl}`);
expect(/(^|,\s*)accept(\s*,|$)/i.test(wire[0]?.vary ?? ''), `a hit does not vary with Accept: Vary ${wire[0]?.vary}`);
phases.push(`fresh client: ${describe(wire)}`);

// 3. A fresh client that POSTs hashed queries: one hash-only POST.
wire = [];
const posted = await newClient(false).query(ARTICLES, { first: 2 });
expect(!posted.error && articles(posted.data) === truth, `hash-only POST: ${posted.error?.message ?? articles(posted.data)}, expected ${truth}`);
expect(wire.length === 1 && wire[0].method === 'POST' && !wire[0].query && wire[0].hash === hash && wire[0].status === 200,
  `the known query was not one hash-only POST answered 200: ${describe(wire)}`);
phases.push(`fresh client, POST: ${describe(wire)}`);

// 4. A mutation: hashed too, but never sent with GET. Without a token it is refused and changes nothing.
wire = [];
const { error } = await newClient().mutate(DELETE, { id: 'QXJ0aWNsZTox' });
expect(codes(error).includes('UNAUTHENTICATED'), `the mutation without a token answered ${error?.message ?? 'data'}`);
expect(wire.length >= 1 && wire.every((e) => e.method === 'POST'), `a mutation went out with GET: ${describe(wire)}`);
expect(wire.length === 2 && !wire[0].query && wire[1].query, `the mutation was not hash only, then with its query: ${describe(wire)}`);
phases.push(`mutation: ${describe(wire)}`);

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(phases.join('\n'));
console.log(`APQ OK ${clientName}`);
