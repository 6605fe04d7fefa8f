/**
 * Build settings every portal shares (imported by each vite.config.ts by relative path).
 * The singletons must match in every host and remote, or two copies of Vue end up on a page.
 */
export const sharedSingletons = {
  vue: { singleton: true, requiredVersion: '3.5.45' },
  'vue-router': { singleton: true, requiredVersion: '^4.6.0' },
  'vue-i18n': { singleton: true, requiredVersion: '^11.0.0' },
  '@omsorg/ui': { singleton: true, requiredVersion: '*' },
};

/** Compile-time flags of Vue and vue-i18n: no devtools in production, Composition API only for i18n. */
export const featureFlags = {
  __VUE_PROD_DEVTOOLS__: 'false',
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  __VUE_I18N_FULL_INSTALL__: 'true',
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
