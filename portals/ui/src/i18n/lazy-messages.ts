import type { MessageLocale, MessageTree, plainSwedish } from './locales.ts';

/** Fetches one language's messages; a dynamic import, so the bundler emits one chunk per language. */
export type MessageLoader = () => Promise<MessageTree>;

/**
 * A loader per supported language; only the current one (and Swedish, the fallback) is fetched.
 * Plain Swedish is optional: without it, plain Swedish shows the Swedish messages.
 */
export type LazyLocaleMessages = Record<MessageLocale, MessageLoader> & Partial<Record<typeof plainSwedish, MessageLoader>>;

/** A JSON module as `import()` gives it; its shape is checked by each package's message tests. */
type JsonModule = { default: object };
type ModuleLoader = () => Promise<JsonModule | JsonModule[]>;

function isTree(value: unknown): value is MessageTree {
  return typeof value === 'object' && value !== null;
}

/** Merges b into a, key by key, so files that share a namespace (e.g. `applications`) combine. */
export function mergeTrees(a: MessageTree, b: MessageTree): MessageTree {
  const merged: MessageTree = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const existing = merged[key];
    merged[key] = isTree(existing) && isTree(value) ? mergeTrees(existing, value) : value;
  }
  return merged;
}

/**
 * Declares a package's messages as one dynamic import per language, e.g.
 * `lazyMessages({ sv: () => import('./locales/sv.json'), … })`. A loader may return several
 * modules (shared words plus one audience's file); they are merged in order.
 */
export function lazyMessages(loaders: Record<MessageLocale, ModuleLoader> & Partial<Record<typeof plainSwedish, ModuleLoader>>): LazyLocaleMessages {
  const wrap =
    (load: ModuleLoader): MessageLoader =>
    async () => {
      const loaded = await load();
      return (Array.isArray(loaded) ? loaded : [loaded]).reduce<MessageTree>((tree, m) => mergeTrees(tree, m.default as MessageTree), {});
    };
  const easy = loaders['sv-x-easy'];
  return { sv: wrap(loaders.sv), en: wrap(loaders.en), fi: wrap(loaders.fi), ar: wrap(loaders.ar), ...(easy ? { 'sv-x-easy': wrap(easy) } : {}) };
}
