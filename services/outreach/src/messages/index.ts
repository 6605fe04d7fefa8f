import type { Catalogs, MessageCatalog } from '@omsorg/platform';
import { cohortMessages } from './cohort.ts';

/** Merges catalogs key by key, later ones winning, so each area of the service keeps its own file. */
export function mergeCatalogs(...catalogs: Catalogs[]): Catalogs {
  const merged: Record<string, MessageCatalog> = {};
  for (const catalog of catalogs) {
    for (const [locale, messages] of Object.entries(catalog)) merged[locale] = { ...merged[locale], ...messages };
  }
  return merged as Catalogs;
}

/** Every message of the outreach service; each area adds its file here. */
export const outreachMessages: Catalogs = mergeCatalogs(cohortMessages);
