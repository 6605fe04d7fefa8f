/**
 * Generates each portal package's typed GraphQL documents from its `.graphql` files and
 * schema/api.graphql (graphql-codegen's client preset), and the trusted-documents manifest the
 * gateway executes from (schema/operations/<package>.json, keyed by sha256).
 *   pnpm codegen           write the files
 *   pnpm codegen --check   fail, naming each stale file, when the committed files are out of date
 *   --root <dir>           another checkout (the tests use a small one)
 */
import { readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { preset as clientPreset } from '@graphql-codegen/client-preset';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { disableFragmentWarnings } from 'graphql-tag';

const rootArgument = process.argv.indexOf('--root');
const root = rootArgument > 0 ? resolve(process.argv[rootArgument + 1] ?? '.') : resolve(import.meta.dirname, '../../..');
const check = process.argv.includes('--check');
const MANIFEST = 'persisted-documents.json';

/** Each portal package's .graphql documents under src/, in a fixed order (the output follows it). */
async function documentsByPackage(): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  for (const name of (await readdir(join(root, 'portals'))).sort()) {
    const files = await readdir(join(root, 'portals', name, 'src'), { recursive: true }).catch(() => []);
    const documents = files.filter((file) => file.endsWith('.graphql') && !file.startsWith('generated/')).sort();
    // Given as text, in this order: the loader reads files in parallel and would order them by
    // whichever finished first.
    if (documents.length) found.set(name, await Promise.all(documents.map((file) => readFile(join(root, 'portals', name, 'src', file), 'utf8'))));
  }
  return found;
}

function outputFor(documents: string[]): Types.ConfiguredOutput {
  return {
    preset: clientPreset,
    documents,
    presetConfig: {
      // Pages read fields straight from the typed result; fragments only share selections.
      fragmentMasking: false,
      // Only the hash travels and is bundled; the gateway reads the text from the manifest.
      persistedDocuments: { mode: 'replaceDocumentWithHash', hashAlgorithm: 'sha256' },
      gqlTagName: 'graphql',
    },
    config: {
      // Enums as const objects, so a page can list the values (Object.values(ServiceType)).
      enumType: 'const',
      scalars: { ID: 'string' },
      useTypeImports: true,
      skipTypename: false,
      nonOptionalTypename: false,
      avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      maybeValue: 'T | null',
      inputMaybeValue: 'T | null | undefined',
    },
  };
}

// Fragment names are unique per package, not across them (each has its MutationErrors); the
// documents of all packages are read in this one process.
disableFragmentWarnings();

const documents = await documentsByPackage();
const packages = [...documents.keys()];
const outputs = (packages.length === 0 ? [] : await generate(
  // `sort` is passed on to the schema loader (graphql-tools), which Config does not declare.
  {
    cwd: root,
    schema: join(root, 'schema', 'api.graphql'),
    // The schema's order, not alphabetical: enums list their values in the order a case moves.
    sort: false,
    silent: true,
    errorsOnly: true,
    generates: Object.fromEntries([...documents].map(([name, files]) => [`portals/${name}/src/generated/`, outputFor(files)])),
  } as Types.Config,
  false,
)) as Array<{ filename: string; content: string }>;

// Pages import the typed documents from generated/graphql.ts (tree-shakeable, one export per
// document); the preset's graphql() lookup map (gql.ts, index.ts) would bundle every document.
// The manifest goes to schema/operations/ (one place for the gateway), not into the portal.
const files = outputs.filter(({ filename }) => !/\/(gql|index|fragment-masking)\.ts$/.test(filename)).map(({ filename, content }) => {
  const absolute = resolve(root, filename);
  if (!absolute.endsWith(MANIFEST)) return { path: absolute, text: content };
  const name = relative(join(root, 'portals'), absolute).split('/')[0];
  // Keyed by the bare hex digest, as clients send it (extensions.persistedQuery.sha256Hash).
  const manifest = Object.entries(JSON.parse(content) as Record<string, string>).map(([key, text]) => [key.replace(/^sha256:/, ''), text]);
  return { path: join(root, 'schema', 'operations', `${name}.json`), text: `${JSON.stringify(Object.fromEntries(manifest), null, 2)}\n` };
});

let stale = 0;
for (const file of files) {
  const current = await readFile(file.path, 'utf8').catch(() => '');
  if (current === file.text) continue;
  if (check) {
    console.error(`Stale: ${relative(root, file.path)}. Run pnpm codegen and commit the result.`);
    stale++;
  } else {
    await mkdir(dirname(file.path), { recursive: true });
    await writeFile(file.path, file.text);
    console.log(`Wrote ${relative(root, file.path)}`);
  }
}

// A manifest or generated folder whose package has no documents any more is stale too.
const expected = new Set(files.map((file) => file.path));
const generatedFiles = await Promise.all(
  (await readdir(join(root, 'portals'))).map(async (name) =>
    (await readdir(join(root, 'portals', name, 'src', 'generated')).catch(() => [])).map((file) => join(root, 'portals', name, 'src', 'generated', file)),
  ),
);
const leftovers = [
  ...(await readdir(join(root, 'schema', 'operations')).catch(() => []))
    .filter((file) => file.endsWith('.json'))
    .map((file) => join(root, 'schema', 'operations', file)),
  ...generatedFiles.flat(),
].filter((path) => !expected.has(path));
for (const path of leftovers) {
  if (check) {
    console.error(`Stale: ${relative(root, path)} (not generated from any document any more). Run pnpm codegen.`);
    stale++;
  } else {
    await rm(path);
    console.log(`Removed ${relative(root, path)}`);
  }
}

if (stale) process.exit(1);
console.log(check ? 'Generated GraphQL documents are up to date.' : `Generated documents for ${packages.join(', ')}.`);
