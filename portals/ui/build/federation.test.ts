import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { build, type Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMap, remoteFederation, sharedModules } from './federation.ts';
import { precompiledMessages } from './messages.ts';

const FIXTURE = fileURLToPath(new URL('./fixture-remote/', import.meta.url));
let outDir: string;

function buildFixture(out: string, extra: Plugin[] = []) {
  return build({ root: FIXTURE, logLevel: 'silent', configFile: false, plugins: [vue(), precompiledMessages(), remoteFederation('fixture'), ...extra], build: { outDir: out, emptyOutDir: true } });
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'remote-build-'));
  await buildFixture(outDir);
}, 60_000);
afterAll(() => rm(outDir, { recursive: true, force: true }));

describe('a remote built with remoteFederation', () => {
  it('has citizen.js and staff.js at the root of its dist', async () => {
    expect((await readdir(outDir)).toSorted()).toEqual(['assets', 'citizen.js', 'staff.js']);
  });

  it('leaves the shared libraries as bare imports for the shell to resolve, and bundles none of them', async () => {
    const citizen = await readFile(join(outDir, 'citizen.js'), 'utf8');
    expect(citizen).toMatch(/from\s*"vue"/);
    expect(citizen).toMatch(/from\s*"@omsorg\/ui"/);
    expect(citizen).toMatch(/from\s*"vue-i18n"/);
    expect(citizen).not.toContain('createRenderer');
  });

  it('loads the CSS its entry imports, and waits for it, before the entry runs', async () => {
    const citizen = await readFile(join(outDir, 'citizen.js'), 'utf8');
    const css = (await readdir(join(outDir, 'assets'))).filter((file) => file.endsWith('.css'));
    // The start-page part's own CSS, and that of the component it shares with a lazy page (a chunk of its own).
    expect(css).toHaveLength(2);
    // First of all the entry runs (after its lazy pages' list of files, a declaration).
    const start = citizen.indexOf('await Promise.all(["./assets/');
    expect(start).toBeGreaterThanOrEqual(0);
    expect(citizen.slice(0, start).replace(/^const __vite__mapDeps=.*\n/, '')).toBe('');
    const loadedFirst = citizen.slice(start, citizen.indexOf(']', start));
    for (const file of css) expect(loadedFirst).toContain(`./assets/${file}`);
    expect(await readFile(join(outDir, 'staff.js'), 'utf8')).not.toContain('stylesheet');
  });

  it('refuses a remote that imports part of a shared library, which the import map does not have', async () => {
    const deepImport: Plugin = {
      name: 'deep-import',
      transform: (code, id) => (id.endsWith('staff/index.ts') ? `${code}export { RouterLink } from 'vue-router/dist/vue-router.mjs';\n` : null),
    };
    const failing = await mkdtemp(join(tmpdir(), 'remote-build-'));
    try {
      await expect(buildFixture(failing, [deepImport])).rejects.toThrow(/imports the shared library vue-router only as "vue-router"/);
    } finally {
      await rm(failing, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('importMap', () => {
  const files = Object.fromEntries(sharedModules.map((specifier) => [specifier, `/assets/${specifier.replace('/', '-')}-AbCd1234.js`]));

  it("maps each shared library to the shell's chunk and each remote to its entry for the audience", () => {
    expect(importMap(files, ['applications', 'offerings'], 'citizen').imports).toEqual({
      ...files,
      'applications/citizen': '/remotes/applications/citizen.js',
      'offerings/citizen': '/remotes/offerings/citizen.js',
    });
  });

  it('fails the build when the shell has no chunk of a shared library', () => {
    const { vue: _vue, ...withoutVue } = files;
    expect(() => importMap(withoutVue, ['applications'], 'staff')).toThrow(/no chunk for the shared library "vue"/);
  });
});
