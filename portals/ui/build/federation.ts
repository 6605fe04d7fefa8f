/**
 * Build settings every portal shares (imported by each vite.config.ts by relative path).
 * The singletons must match in every host and remote, or two copies of Vue end up on a page.
 */
export const sharedSingletons = {
  vue: { singleton: true, requiredVersion: '3.5.45' },
  'vue-router': { singleton: true, requiredVersion: '^4.6.0' },
  // The runtime-only build: messages are compiled at build time (messages.ts).
  'vue-i18n': { singleton: true, requiredVersion: '^11.0.0', import: 'vue-i18n/dist/vue-i18n.runtime.esm-bundler.js' },
  '@omsorg/ui': { singleton: true, requiredVersion: '*' },
};

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

export function remoteEntry(name: string) {
  return { type: 'module' as const, name, entry: `${remoteBase(name)}remoteEntry.js`, entryGlobalName: name, shareScope: 'default' };
}

/**
 * federation() options of a shell. The shell is the one container on its page that provides the
 * Module Federation runtime (`provideExternalRuntime`): remotes reuse it instead of downloading
 * their own copy (66 KB, 18 KB compressed, once per remote before).
 */
export function shellFederation(name: string, remotes: readonly string[]) {
  return {
    name,
    remotes: Object.fromEntries(remotes.map((remote) => [remote, remoteEntry(remote)])),
    shared: sharedSingletons,
    dts: false,
    // No inline bootstrap script in index.html: the Content-Security-Policy allows 'self' only.
    hostInitInjectLocation: 'entry' as const,
    // 'version-first' would fetch every remoteEntry.js at start-up to compare versions; the
    // shell provides the singletons itself, and a remote is fetched only when it is shown.
    shareStrategy: 'loaded-first' as const,
    // Remotes are plain remoteEntry.js files: no manifest snapshots, preloading or devtools.
    disableSnapshot: true,
    experiments: { provideExternalRuntime: true },
  };
}

/** federation() options of a remote: exposes ./citizen and ./staff and runs on its shell's runtime. */
export function remoteFederation(name: string) {
  return {
    name,
    filename: 'remoteEntry.js',
    exposes: { './citizen': './src/citizen/index.ts', './staff': './src/staff/index.ts' },
    shared: sharedSingletons,
    dts: false,
    shareStrategy: 'loaded-first' as const,
    disableSnapshot: true,
    // A remote loads no remotes of its own.
    disableRemote: true,
    experiments: { externalRuntime: true },
  };
}
