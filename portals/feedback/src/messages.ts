import type { LocaleMessages } from '@omsorg/ui';
import ar from './locales/ar.json';
import en from './locales/en.json';
import fi from './locales/fi.json';
import sv from './locales/sv.json';

export const messages: LocaleMessages = { sv, en, fi, ar };
