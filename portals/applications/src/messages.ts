import { lazyMessages } from '@omsorg/ui';

/**
 * Shared words (service types, statuses) plus one audience's part, per language: a citizen
 * downloads only the citizen texts of their language (and Swedish as the fallback).
 */
export const citizenMessages = lazyMessages({
  sv: () => Promise.all([import('./locales/sv.json'), import('./locales/citizen/sv.json')]),
  en: () => Promise.all([import('./locales/en.json'), import('./locales/citizen/en.json')]),
  fi: () => Promise.all([import('./locales/fi.json'), import('./locales/citizen/fi.json')]),
  ar: () => Promise.all([import('./locales/ar.json'), import('./locales/citizen/ar.json')]),
});

export const staffMessages = lazyMessages({
  sv: () => Promise.all([import('./locales/sv.json'), import('./locales/staff/sv.json')]),
  en: () => Promise.all([import('./locales/en.json'), import('./locales/staff/en.json')]),
  fi: () => Promise.all([import('./locales/fi.json'), import('./locales/staff/fi.json')]),
  ar: () => Promise.all([import('./locales/ar.json'), import('./locales/staff/ar.json')]),
});
