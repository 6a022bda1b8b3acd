// The committed schema.graphql through the standard schema tools, as a frontend team adopting the API would use them.
// Usage:
//   node schema-tools.mjs build <schema.graphql>          graphql-js buildSchema + assertValidSchema
//   node schema-tools.mjs lint <schema.graphql>           graphql-schema-linter, every rule (.graphql-schema-linterrc)
//   node schema-tools.mjs compare <schema.graphql> <url>  the file against the live introspection of the server
// Prints "SCHEMA <check> OK" last; exits non-zero on any problem.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { diff } from '@graphql-inspector/core';
import {
  assertValidSchema, buildClientSchema, buildSchema, getIntrospectionQuery, introspectionFromSchema, lexicographicSortSchema,
  printSchema,
} from 'graphql';

const [check, file, url] = process.argv.slice(2);
if (!file) {
  console.error('usage: node schema-tools.mjs build|lint|compare <schema.graphql> [url]');
  process.exit(2);
}
const sdl = readFileSync(file, 'utf8');

function fail(message) {
  console.error(message);
  process.exit(1);
}

if (check === 'build') {
  const schema = buildSchema(sdl);
  assertValidSchema(schema);
  const types = Object.keys(schema.getTypeMap()).filter((name) => !name.startsWith('__'));
  console.log(`buildSchema: ${types.length} types, ${schema.getDirectives().length} directives`);
} else if (check === 'lint') {
  const require = createRequire(import.meta.url);
  const linter = require.resolve('graphql-schema-linter/lib/cli.js');
  const run = spawnSync(process.execPath, [linter, '--config-directory', '.', '--format', 'text', file],
    { encoding: 'utf8' });
  process.stdout.write(run.stdout + run.stderr);
  if (run.status !== 0) {
    fail(`graphql-schema-linter exited with ${run.status}`);
  }
} else if (check === 'compare') {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({
      query: getIntrospectionQuery({
        descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true,
        inputValueDeprecation: true,
      }),
    }),
  });
  const result = await response.json();
  if (response.status !== 200 || result.errors) {
    fail(`introspection failed: HTTP ${response.status} ${JSON.stringify(result.errors)}`);
  }
  const live = buildClientSchema(result.data);
  // Introspection carries no applied directives (a @specifiedBy shows as specifiedByURL): the file goes through the
  // same introspection, so that both sides hold the same kind of information.
  const committed = buildClientSchema(introspectionFromSchema(buildSchema(sdl), { specifiedByUrl: true,
    directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }));
  const changes = await diff(committed, live);
  for (const change of changes) {
    console.log(`${change.criticality.level} ${change.message}`);
  }
  if (changes.length > 0) {
    fail(`graphql-inspector: the committed schema differs from the live introspection in ${changes.length} places`);
  }
  // Stricter than the diff: the same printed schema, descriptions, defaults and directive definitions included.
  const print = (schema) => printSchema(lexicographicSortSchema(schema));
  if (print(committed) !== print(live)) {
    const a = print(committed).split('\n');
    const b = print(live).split('\n');
    const line = a.findIndex((text, i) => text !== b[i]);
    fail(`printed schemas differ at line ${line + 1}: committed '${a[line]}', live '${b[line]}'`);
  }
  console.log(`live introspection: ${Object.keys(live.getTypeMap()).length} types, equal to the committed file`);
} else {
  fail(`unknown check ${check}`);
}
console.log(`SCHEMA ${check} OK`);
