import type { Catalogs, MessageCatalog } from '@omsorg/platform';
import { attachmentMessages } from './attachments.ts';
import { caseIntegrityMessages } from './case-integrity.ts';
import { caseworkMessages } from './casework.ts';
import { citizenMessages } from './citizen.ts';
import { communicationMessages } from './communication.ts';
import { intakeMessages } from './intake.ts';
import { providerChoiceMessages } from './provider-choice.ts';

/** Merges catalogs key by key, later ones winning, so each side of the service keeps its own file. */
export function mergeCatalogs(...catalogs: Catalogs[]): Catalogs {
  const merged: Record<string, MessageCatalog> = {};
  for (const catalog of catalogs) {
    for (const [locale, messages] of Object.entries(catalog)) merged[locale] = { ...merged[locale], ...messages };
  }
  return merged as Catalogs;
}

/** Every message of the applications service. */
export const applicationsMessages: Catalogs = mergeCatalogs(caseworkMessages, citizenMessages, communicationMessages, intakeMessages, attachmentMessages, providerChoiceMessages, caseIntegrityMessages);
