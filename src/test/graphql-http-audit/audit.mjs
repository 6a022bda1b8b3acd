// Runs the graphql-http audit of the GraphQL-over-HTTP spec against a running server.
// Usage: node audit.mjs <graphql-url>
// Prints one line per audit and, last, a summary line that GraphQLOverHttpAuditTest parses:
//   AUDIT MUST <passed>/<total> SHOULD <passed>/<total> MAY <passed>/<total>
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql-url>');
  process.exit(2);
}

const results = await auditServer({ url });
const levels = { MUST: { passed: 0, total: 0 }, SHOULD: { passed: 0, total: 0 }, MAY: { passed: 0, total: 0 } };
for (const result of results) {
  const level = levels[result.name.split(' ')[0]];
  level.total++;
  if (result.status === 'ok') {
    level.passed++;
    console.log(`ok      ${result.name}`);
  } else {
    let body = '';
    try {
      body = (await result.response.text()).slice(0, 300);
    } catch {
      // The audit already read the body.
    }
    console.log(`${result.status.padEnd(7)} ${result.name}\n        ${result.reason}` +
      `\n        HTTP ${result.response.status} ${result.response.headers.get('content-type') ?? ''} ${body}`);
  }
}
console.log(Object.entries(levels).reduce((line, [name, { passed, total }]) => `${line} ${name} ${passed}/${total}`, 'AUDIT'));
