// Compiles the Relay app of relay-app/ with relay-compiler against the given schema file, as a Relay frontend team
// would in its build, and checks that every operation and fragment got its artifact.
// Usage: node relay.mjs <schema.graphql>     Prints "RELAY OK <n> artifacts" last; exits non-zero on any error.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const schema = process.argv[2];
if (!schema) {
  console.error('usage: node relay.mjs <schema.graphql>');
  process.exit(2);
}
const app = new URL('./relay-app/', import.meta.url).pathname;
copyFileSync(schema, `${app}schema.graphql`);
const generated = `${app}src/__generated__/`;
rmSync(generated, { recursive: true, force: true });

const cli = createRequire(import.meta.url).resolve('relay-compiler/cli.js');
const run = spawnSync(process.execPath, [cli, '--output', 'verbose'], { cwd: app, encoding: 'utf8' });
process.stdout.write(run.stdout + run.stderr);
if (run.status !== 0) {
  console.error(`relay-compiler exited with ${run.status}`);
  process.exit(1);
}

const expected = [
  'ArticleCard_article', 'ArticleList_query', 'ArticleListPaginationQuery', 'ArticlePageQuery',
  'PersonProfile_person', 'PersonProfileRefetchQuery', 'LiveFeedArticleSubscription', 'LiveFeedIncidentSubscription',
];
const missing = expected.filter((name) => !existsSync(`${generated}${name}.graphql.js`));
if (missing.length > 0) {
  console.error(`relay-compiler wrote no artifact for ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`RELAY OK ${readdirSync(generated).length} artifacts`);
