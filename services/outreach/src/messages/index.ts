import type { Catalogs, MessageCatalog } from '@omsorg/platform';
import { conversationMessages } from './conversation.ts';

/** Merges catalogs key by key, later ones winning, so each area keeps its own file. */
function mergeCatalogs(...catalogs: Catalogs[]): Catalogs {
  const merged: Record<string, MessageCatalog> = {};
  for (const catalog of catalogs) {
    for (const [locale, messages] of Object.entries(catalog)) merged[locale] = { ...merged[locale], ...messages };
  }
  return merged as Catalogs;
}

/** Every message of the outreach service. */
export const outreachMessages: Catalogs = mergeCatalogs(conversationMessages);
