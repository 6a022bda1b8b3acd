// Apollo Client 4 as a frontend uses it: a normalized InMemoryCache with relayStylePagination, an articles connection
// paged forward (first/after) and backward (last/before) with fetchMore, and articles refetched through node(id:).
// Every page merged into the cache must give exactly the list the server reports (totalCount, and the same IDs in the
// same order as one plain request per 100), with no duplicate and no gap, both ways.
// Usage: node apollo.mjs <graphql-url>     Prints "APOLLO OK <articles> articles in <pages> pages" last.
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { firstValueFrom, filter } from 'rxjs';
import { serverList } from './graphql.mjs';

const url = process.argv[2];
if (!url) {
  console.error('usage: node apollo.mjs <graphql-url>');
  process.exit(2);
}
const problems = [];
const expect = (condition, what) => condition || problems.push(what);

// What the server says is there, in its order.
const { ids: truth, total } = await serverList(url);
expect(truth.length === total, `plain paging gave ${truth.length} articles, totalCount says ${total}`);
expect(truth.length >= 3, `too few articles (${truth.length}) to page through`);
// Several pages, whatever the number of articles.
const pageSize = Math.max(2, Math.ceil(total / 6) + 1);

const ARTICLES = gql`
  query Articles($first: Int, $after: String, $last: Int, $before: String) {
    articles(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges { cursor node { id headline publishedOn dateline { id name } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;

function newClient() {
  return new ApolloClient({
    link: new HttpLink({ uri: url }),
    cache: new InMemoryCache({ typePolicies: { Query: { fields: { articles: relayStylePagination() } } } }),
  });
}

/** Pages with fetchMore until the server says there is no more; returns the IDs the cache merged, and the page count. */
async function page(direction) {
  const forward = direction === 'forward';
  const observable = newClient().watchQuery({
    query: ARTICLES, variables: forward ? { first: pageSize } : { last: pageSize },
  });
  let result = await firstValueFrom(observable.pipe(filter((r) => r.dataState === 'complete')));
  let pages = 1;
  for (;;) {
    const { pageInfo } = result.data.articles;
    if (!(forward ? pageInfo.hasNextPage : pageInfo.hasPreviousPage)) break;
    expect(pages <= total, `${direction}: more pages than articles, the cursors loop`);
    if (pages > total) break;
    await observable.fetchMore({
      variables: forward ? { first: pageSize, after: pageInfo.endCursor } : { last: pageSize, before: pageInfo.startCursor },
    });
    result = observable.getCurrentResult();
    pages++;
  }
  const ids = result.data.articles.edges.map((edge) => edge.node.id);
  expect(new Set(ids).size === ids.length, `${direction}: duplicate articles in the merged list`);
  expect(Number(result.data.articles.totalCount) === total, `${direction}: totalCount changed`);
  expect(JSON.stringify(ids) === JSON.stringify(truth),
    `${direction}: the merged pages differ from the server's list\n  pages:  ${ids.join(' ')}\n  server: ${truth.join(' ')}`);
  console.log(`${direction}: ${ids.length} articles in ${pages} pages of ${pageSize}`);
  return pages;
}

const forwardPages = await page('forward');
const backwardPages = await page('backward');
expect(forwardPages > 1 && backwardPages > 1, 'paging took a single page: nothing was paged');

// node(id:) refetch of the first, a middle and the last article, through the normalized cache.
const NODE = gql`query Node($id: ID!) { node(id: $id) { id ... on Article { headline } } }`;
const client = newClient();
for (const id of [truth[0], truth[Math.floor(truth.length / 2)], truth[truth.length - 1]]) {
  const { data } = await client.query({ query: NODE, variables: { id }, fetchPolicy: 'network-only' });
  expect(data.node?.id === id && data.node.__typename === 'Article' && data.node.headline,
    `node(id: ${id}) refetched ${JSON.stringify(data.node)}`);
  expect(client.cache.identify(data.node) === `Article:${id}`, `the cache did not normalize Article ${id}`);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`APOLLO OK ${total} articles in ${forwardPages} pages`);
