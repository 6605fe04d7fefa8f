/**
 * Prints each subgraph's SDL to schema/subgraphs/, composes schema/supergraph.graphql and prints
 * the schema clients see (no federation directives, no @inaccessible fields) to schema/api.graphql,
 * which the portals' code generation reads (pnpm codegen).
 *   pnpm schema:compose           write the files
 *   pnpm schema:compose --check   fail when the committed files are stale
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse, printSchema } from 'graphql';
import { SERVICES } from './services.ts';

const root = resolve(import.meta.dirname, '../../..');
const check = process.argv.includes('--check');

const subgraphs = SERVICES.map((service) => ({
  name: service.name,
  url: `http://localhost:${service.defaultPort}/graphql`,
  sdl: printSubgraphSchema(service.buildSchema()),
}));
const composition = composeServices(subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
if (composition.errors) {
  for (const error of composition.errors) console.error(error.message);
  process.exit(1);
}

const files = [
  ...subgraphs.map(({ name, sdl }) => ({ path: join(root, 'schema', 'subgraphs', `${name}.graphql`), text: `${sdl.trim()}\n` })),
  { path: join(root, 'schema', 'supergraph.graphql'), text: `${composition.supergraphSdl.trim()}\n` },
  { path: join(root, 'schema', 'api.graphql'), text: `${printSchema(composition.schema.toAPISchema().toGraphQLJSSchema()).trim()}\n` },
];

let stale = 0;
for (const file of files) {
  const current = await readFile(file.path, 'utf8').catch(() => '');
  if (current === file.text) continue;
  if (check) {
    console.error(`Stale: ${file.path.slice(root.length + 1)}. Run pnpm schema:compose and commit the result.`);
    stale++;
  } else {
    await writeFile(file.path, file.text);
    console.log(`Wrote ${file.path.slice(root.length + 1)}`);
  }
}
if (stale) process.exit(1);
console.log(check ? 'Schema is up to date.' : 'Schema composed.');
