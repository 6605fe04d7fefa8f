import { DEFAULT_LOCALE, type Locale } from './locale.ts';

export type MessageCatalog = Record<string, string>;
export type Catalogs = { sv: MessageCatalog } & Partial<Record<Locale, MessageCatalog>>;
export type Translate = (locale: Locale, key: string, params?: Record<string, string | number>) => string;

/**
 * Builds a translator over message catalogs (Swedish first). A missing key falls back to
 * Swedish, then to the key itself, so a user never sees an empty message.
 */
export function createTranslator(...catalogs: Catalogs[]): Translate {
  const merged = new Map<Locale, MessageCatalog>();
  for (const catalog of catalogs) {
    for (const [locale, messages] of Object.entries(catalog) as [Locale, MessageCatalog][]) {
      merged.set(locale, { ...merged.get(locale), ...messages });
    }
  }
  return (locale, key, params = {}) => {
    const template = merged.get(locale)?.[key] ?? merged.get(DEFAULT_LOCALE)?.[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
  };
}

/** Merges catalogs key by key, later ones winning, so each area of a service keeps its own message file. */
export function mergeCatalogs(...catalogs: Catalogs[]): Catalogs {
  const merged: Record<string, MessageCatalog> = {};
  for (const catalog of catalogs) {
    for (const [locale, messages] of Object.entries(catalog)) merged[locale] = { ...merged[locale], ...messages };
  }
  return merged as Catalogs;
}
