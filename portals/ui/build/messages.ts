import { fileURLToPath } from 'node:url';
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite';
import type { Plugin } from 'vite';

/** Every portal's message files (src/locales/…, src/locales/<audience>/…), @omsorg/ui's included. */
const LOCALES = fileURLToPath(new URL('../../*/src/**/locales/**/*.json', import.meta.url));
/** The shared rules' messages (@omsorg/rules), loaded by remotes with forms (@omsorg/forms/messages). */
const RULE_MESSAGES = fileURLToPath(new URL('../../../rules/src/messages/*.json', import.meta.url));

/**
 * Messages compiled at build time, so the browser gets vue-i18n's runtime-only build (no message
 * compiler, about 4 KB less compressed in the shell's vue-i18n chunk). Every message must then come
 * from a JSON file this plugin compiles: a string passed to mergeLocaleMessage at run time would
 * be shown as it is, placeholders and all.
 */
export function precompiledMessages(): Plugin[] {
  const compile = VueI18nPlugin({
    include: [LOCALES, RULE_MESSAGES],
    // `vue-i18n` resolves to the runtime-only build (an alias; in a remote, vue-i18n stays a bare import for the import map).
    runtimeOnly: true,
    dropMessageCompiler: true,
    compositionOnly: true,
    fullInstall: false,
    // Messages are text, never HTML: one with a tag fails the build.
    strictMessage: true,
  });
  return [compile as Plugin];
}
