import type { Plugin } from 'vite';

/** A chunk that holds only messages of a language other than Swedish (fetched only when that language is shown). */
const OTHER_LANGUAGE = /[/\\]locales[/\\](?:.*[/\\])?(?:en|fi|ar)\.json$/;

/**
 * A module @omsorg/ui exports lazily because no start page needs it: BarChart and chart.js
 * (some 44 KB compressed), loaded with the first page that shows a chart. A chunk holding one is
 * never preloaded.
 */
export const LAZY_BY_DESIGN = /[/\\]ui[/\\]src[/\\]components[/\\]charts[/\\]|[/\\]node_modules[/\\](?:chart\.js|@kurkle[/\\]color)[/\\]/;

/**
 * Adds `<link rel="modulepreload">` to index.html for every chunk the shell's start-up reaches:
 * the entry's static and dynamic imports, transitively (Vue, vue-router, vue-i18n, @omsorg/ui,
 * the shell's code and its Swedish messages), leaving out messages of other languages, what is
 * lazy by design (the charts) and what `exclude` names. Without it the browser discovers them one
 * round trip after another (entry → libraries → messages) before the first paint on a slow line.
 */
export function preloadCriticalChunks(options: { exclude?: RegExp } = {}): Plugin {
  let base = '/';
  return {
    name: 'omsorg:preload-critical-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const chunks = new Map(Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])));
        const entries = [...chunks.values()].filter((chunk) => chunk.isEntry);
        const seen = new Set<string>();
        const queue = entries.flatMap((chunk) => [...chunk.imports, ...chunk.dynamicImports]);
        while (queue.length > 0) {
          const fileName = queue.shift()!;
          const chunk = chunks.get(fileName);
          if (!chunk || seen.has(fileName)) continue;
          if (chunk.moduleIds.length > 0 && chunk.moduleIds.every((id) => OTHER_LANGUAGE.test(id))) continue;
          if (chunk.moduleIds.some((id) => LAZY_BY_DESIGN.test(id))) continue;
          if (options.exclude && (options.exclude.test(fileName) || chunk.moduleIds.some((id) => options.exclude!.test(id)))) continue;
          seen.add(fileName);
          queue.push(...chunk.imports, ...chunk.dynamicImports);
        }
        const already = new Set(entries.map((chunk) => chunk.fileName));
        return [...seen]
          .filter((fileName) => !already.has(fileName) && !html.includes(`${base}${fileName}"`))
          .map((fileName) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${fileName}` }, injectTo: 'head' as const }));
      },
    },
  };
}
