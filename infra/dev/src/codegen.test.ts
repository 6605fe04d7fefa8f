import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CODEGEN = join(import.meta.dirname, 'codegen.ts');

/** Runs pnpm codegen on a small checkout; resolves with its output, also when it fails. */
async function codegen(root: string, ...flags: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CODEGEN, '--root', root, ...flags]);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('pnpm codegen', () => {
  let root: string;
  const page = () => join(root, 'portals', 'demo', 'src', 'pages', 'greeting.graphql');

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'omsorg-codegen-'));
    await mkdir(join(root, 'schema'), { recursive: true });
    await mkdir(join(root, 'portals', 'demo', 'src', 'pages'), { recursive: true });
    await writeFile(join(root, 'schema', 'api.graphql'), 'enum Mood { GLAD SAD }\ntype Query { greeting(name: String!): String! mood: Mood! }\n');
    await writeFile(page(), 'query DemoGreeting($name: String!) { greeting(name: $name) mood }\n');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('writes typed, hash-only documents, the enums in the schema’s order, and the trusted-documents manifest', async () => {
    expect((await codegen(root)).code).toBe(0);
    const generated = await readFile(join(root, 'portals', 'demo', 'src', 'generated', 'graphql.ts'), 'utf8');
    expect(generated).toMatch(/export const Mood = \{\s+Glad: 'GLAD',\s+Sad: 'SAD'/);
    expect(generated).toMatch(/export const DemoGreetingDocument = \{"__meta__":\{"hash":"sha256:[0-9a-f]{64}"\}\}/);
    expect(generated).not.toContain('query DemoGreeting');
    const manifest = JSON.parse(await readFile(join(root, 'schema', 'operations', 'demo.json'), 'utf8')) as Record<string, string>;
    const [hash, text] = Object.entries(manifest)[0] ?? [];
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(text).toBe('query DemoGreeting($name: String!) { greeting(name: $name) mood }');
    expect(await codegen(root, '--check')).toMatchObject({ code: 0 });
  });

  it('fails the check when a document changed, naming each file to regenerate', async () => {
    await writeFile(page(), 'query DemoGreeting($name: String!) { greeting(name: $name) }\n');
    const { code, output } = await codegen(root, '--check');
    expect(code).toBe(1);
    expect(output).toContain('Stale: portals/demo/src/generated/graphql.ts. Run pnpm codegen');
    expect(output).toContain('Stale: schema/operations/demo.json. Run pnpm codegen');
  });

  it('fails the check for what no document produces any more', async () => {
    await rm(page());
    const { code, output } = await codegen(root, '--check');
    expect(code).toBe(1);
    expect(output).toContain('Stale: schema/operations/demo.json (not generated from any document any more)');
    expect(output).toContain('Stale: portals/demo/src/generated/graphql.ts (not generated from any document any more)');
  });
});
