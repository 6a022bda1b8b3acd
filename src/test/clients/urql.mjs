// urql 6 (@urql/core with its document cache) as a frontend pages by hand: the articles connection forward with
// first/after and backward with last/before, following the cursors the server hands out. Concatenated, the pages must
// be exactly the server's list both ways, no duplicate, no gap; node(id:) refetches an article.
// Usage: node urql.mjs <graphql-url>     Prints "URQL OK <articles> articles" last.
import { Client, cacheExchange, fetchExchange, gql } from '@urql/core';
import { serverList } from './graphql.mjs';

const url = process.argv[2];
if (!url) {
  console.error('usage: node urql.mjs <graphql-url>');
  process.exit(2);
}
const problems = [];
const expect = (condition, what) => condition || problems.push(what);
const client = new Client({ url, exchanges: [cacheExchange, fetchExchange] });
const { ids: truth, total } = await serverList(url);
const pageSize = Math.max(2, Math.ceil(total / 6) + 1);

const ARTICLES = gql`
  query Articles($first: Int, $after: String, $last: Int, $before: String) {
    articles(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges { cursor node { id headline } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;

async function page(direction) {
  const forward = direction === 'forward';
  let ids = [];
  let pages = 0;
  for (let cursor = null; pages <= total; pages++) {
    const variables = forward ? { first: pageSize, after: cursor } : { last: pageSize, before: cursor };
    const result = await client.query(ARTICLES, variables).toPromise();
    if (result.error) {
      problems.push(`${direction}: ${result.error.message}`);
      return;
    }
    const { edges, pageInfo } = result.data.articles;
    const pageIds = edges.map((edge) => edge.node.id);
    ids = forward ? ids.concat(pageIds) : pageIds.concat(ids);
    if (!(forward ? pageInfo.hasNextPage : pageInfo.hasPreviousPage)) {
      pages++;
      break;
    }
    cursor = forward ? pageInfo.endCursor : pageInfo.startCursor;
  }
  expect(pages > 1, `${direction}: a single page, nothing was paged`);
  expect(JSON.stringify(ids) === JSON.stringify(truth),
    `${direction}: the pages differ from the server's list\n  pages:  ${ids.join(' ')}\n  server: ${truth.join(' ')}`);
  console.log(`${direction}: ${ids.length} articles in ${pages} pages of ${pageSize}`);
}

await page('forward');
await page('backward');
const id = truth[truth.length - 1];
const refetched = await client.query(gql`query($id: ID!) { node(id: $id) { id ... on Article { headline } } }`, { id },
  { requestPolicy: 'network-only' }).toPromise();
expect(refetched.data?.node?.id === id && refetched.data.node.headline,
  `node(id: ${id}) refetched ${JSON.stringify(refetched.data ?? refetched.error?.message)}`);

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`URQL OK ${total} articles`);
