import { fileURLToPath } from 'node:url';
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite';
import type { Plugin } from 'vite';

/** Every portal's message files (src/locales/…, src/locales/<audience>/…), @omsorg/ui's included. */
const LOCALES = fileURLToPath(new URL('../../*/src/**/locales/**/*.json', import.meta.url));
/** The shared rules' messages (@omsorg/rules), loaded by remotes with forms (@omsorg/forms/messages). */
const RULE_MESSAGES = fileURLToPath(new URL('../../../rules/src/messages/*.json', import.meta.url));

/**
 * Messages compiled at build time, so the browser gets vue-i18n's runtime-only build (no message
 * compiler, about 4 KB less compressed in the shared vue-i18n chunk). Every message must then come
 * from a JSON file this plugin compiles: a string passed to mergeLocaleMessage at run time would
 * be shown as it is, placeholders and all.
 */
export function precompiledMessages(): Plugin[] {
  const compile = VueI18nPlugin({
    include: [LOCALES, RULE_MESSAGES],
    // The plugin's own switch to the runtime-only build is an alias, which would take vue-i18n out
    // of Module Federation's sharing (one copy per remote): sharedSingletons points at it instead.
    runtimeOnly: false,
    dropMessageCompiler: true,
    compositionOnly: true,
    fullInstall: false,
    // Messages are text, never HTML: one with a tag fails the build.
    strictMessage: true,
  });
  // The plugin aliases `vue-i18n` (and, by prefix, every `vue-i18n/…`) whatever runtimeOnly says;
  // the alias would hide the shared module from Module Federation. Take it out again.
  const noAlias: Plugin = {
    name: 'omsorg:no-vue-i18n-alias',
    config(config) {
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        const index = alias.findIndex((entry: { find: unknown }) => entry.find === 'vue-i18n');
        if (index !== -1) alias.splice(index, 1);
      } else if (alias) {
        delete (alias as Record<string, string>)['vue-i18n'];
      }
    },
  };
  return [compile as Plugin, noAlias];
}
