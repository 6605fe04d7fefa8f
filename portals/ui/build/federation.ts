import type { Plugin } from 'vite';

/**
 * Microfrontends joined by the browser's own module loader (native federation): a remote is a
 * set of ES modules under /remotes/<name>/ whose entries (`citizen.js`, `staff.js`) a shell
 * imports; the libraries every part of a page must share one copy of are left as bare imports
 * in the remotes and resolved by the shell's import map to the shell's own chunks. No federation
 * runtime, no per-remote glue: one request per remote entry and nothing negotiated at run time.
 * (Module Federation did the same with a 24 KB runtime and 14 KB of generated glue per remote:
 * see docs/ARCHITECTURE.md "Microfrontends".)
 *
 * The shared libraries must be singletons: Vue (one reactivity system, one app), vue-router
 * (one router), vue-i18n (one i18n instance) and @omsorg/ui (module state such as the signed-in
 * user). A remote may import nothing else of them (no subpath): the build fails if it does.
 */
export const sharedModules = ['vue', 'vue-router', 'vue-i18n', '@omsorg/ui'] as const;

/** What a shell loads of each remote: the citizen portal its `citizen` entry, the staff workspace `staff`. */
export type Audience = 'citizen' | 'staff';

/**
 * Compile-time flags of Vue and vue-i18n: no devtools in production, Composition API only.
 * Every component is `<script setup>` and no template uses `$t` or `<i18n-t>`, so the shared Vue
 * and vue-i18n builds leave out the Options API and vue-i18n's global components and `$t`.
 */
export const featureFlags = {
  __VUE_OPTIONS_API__: 'false',
  __VUE_PROD_DEVTOOLS__: 'false',
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  __VUE_I18N_FULL_INSTALL__: 'false',
  __VUE_I18N_LEGACY_API__: 'false',
  __INTLIFY_PROD_DEVTOOLS__: 'false',
};

/** Where the portal server serves a remote's dist, on the shell's own origin. */
export function remoteBase(name: string): string {
  return `/remotes/${name}/`;
}

/** The URL of a remote's entry for an audience; unhashed, so a remote can be deployed without its shells. */
export function remoteEntryUrl(name: string, audience: Audience): string {
  return `${remoteBase(name)}${audience}.js`;
}

/** A shared library's entry chunk name in a shell's build: `shared-vue`, `shared-omsorg-ui`. */
function sharedChunkName(specifier: string): string {
  return `shared-${specifier.replace(/^@/, '').replace(/[^a-z0-9]+/gi, '-')}`;
}

/** The import map of a shell: each shared library to the shell's chunk of it, each remote to its entry. */
export function importMap(sharedFiles: Record<string, string>, remotes: readonly string[], audience: Audience): { imports: Record<string, string> } {
  const imports: Record<string, string> = {};
  for (const specifier of sharedModules) {
    const file = sharedFiles[specifier];
    if (!file) throw new Error(`The shell's build has no chunk for the shared library "${specifier}"`);
    imports[specifier] = file;
  }
  for (const remote of remotes) imports[`${remote}/${audience}`] = remoteEntryUrl(remote, audience);
  return { imports };
}

/**
 * A shell: builds each shared library as an entry that keeps all its exports (a remote may use
 * any of them), leaves `<remote>/<audience>` imports to the browser, and writes the import map
 * into index.html before any module script.
 */
export function shellFederation(options: { audience: Audience; remotes: readonly string[] }): Plugin {
  const remoteImport = new RegExp(`^(?:${options.remotes.join('|')})/${options.audience}$`);
  let base = '/';
  return {
    name: 'omsorg:shell-federation',
    apply: 'build',
    config() {
      return {
        build: {
          rolldownOptions: {
            input: { index: 'index.html', ...Object.fromEntries(sharedModules.map((specifier) => [sharedChunkName(specifier), specifier])) },
            preserveEntrySignatures: 'exports-only',
            external: (id: string) => remoteImport.test(id),
          },
        },
      };
    },
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      // After bundling (the chunks' names are known); head-prepend puts the map before every module script.
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle) return [];
        const sharedFiles: Record<string, string> = {};
        for (const item of Object.values(bundle)) {
          const specifier = sharedModules.find((s) => item.type === 'chunk' && item.isEntry && item.name === sharedChunkName(s));
          if (specifier) sharedFiles[specifier] = `${base}${item.fileName}`;
        }
        const map = importMap(sharedFiles, options.remotes, options.audience);
        return [{ tag: 'script', attrs: { type: 'importmap' }, children: JSON.stringify(map), injectTo: 'head-prepend' }];
      },
    },
  };
}

/**
 * Code put before an entry chunk (at the root of the dist, beside `assets/`) that loads the CSS its modules import and waits for it, so a
 * remote's part is never shown unstyled. (Vite does this for dynamically imported chunks; an
 * entry's CSS would otherwise be linked from an index.html a remote does not have.)
 */
function loadCssFirst(files: readonly string[]): string {
  const hrefs = JSON.stringify(files.map((file) => `./${file}`));
  return `await Promise.all(${hrefs}.map((href) => new Promise((resolve, reject) => {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: new URL(href, import.meta.url).href, onload: resolve, onerror: () => reject(new Error('CSS not loaded: ' + href)) });
  document.head.append(link);
})));
`;
}

/**
 * A remote: builds `src/citizen/index.ts` and `src/staff/index.ts` to `citizen.js` and
 * `staff.js` with the shared libraries left as bare imports for the shell's import map.
 */
export function remoteFederation(name: string): Plugin {
  const shared = new Set<string>(sharedModules);
  return {
    name: 'omsorg:remote-federation',
    apply: 'build',
    // Before Vite's resolver, which would find the file of a deep import and bundle it.
    enforce: 'pre',
    config() {
      return {
        base: remoteBase(name),
        build: {
          rolldownOptions: {
            input: { citizen: 'src/citizen/index.ts', staff: 'src/staff/index.ts' },
            preserveEntrySignatures: 'exports-only',
            external: (id: string) => shared.has(id),
            output: { entryFileNames: '[name].js' },
          },
        },
      };
    },
    resolveId(id) {
      const library = sharedModules.find((s) => id.startsWith(`${s}/`));
      if (library) this.error(`"${id}": a remote imports the shared library ${library} only as "${library}" (the shell's import map has nothing else)`);
      return null;
    },
    generateBundle(_options, bundle) {
      // An entry needs the CSS of every chunk it imports statically too: a component the
      // start-page part shares with a lazy page is a chunk of its own, its CSS recorded there.
      const cssOf = (fileName: string, seen: Set<string>): string[] => {
        const chunk = bundle[fileName];
        if (!chunk || chunk.type !== 'chunk' || seen.has(fileName)) return [];
        seen.add(fileName);
        return [...chunk.imports.flatMap((imported) => cssOf(imported, seen)), ...(chunk.viteMetadata?.importedCss ?? [])];
      };
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk' || !item.isEntry) continue;
        const css = [...new Set(cssOf(item.fileName, new Set()))];
        if (css.length > 0) item.code = loadCssFirst(css) + item.code;
      }
    },
  };
}
