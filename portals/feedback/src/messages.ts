import { ruleMessages } from '@omsorg/forms/messages';
import { lazyMessages } from '@omsorg/ui';

/*
 * The feedback remote's words. `messages` arrive with the remote on every page of the shell,
 * the citizen start page too, so they hold only the menu, the start-page part and what the
 * citizen's form and its receipt say; each page with much more to say names its own here in
 * its route's `meta.messages`, loaded when it is opened. Each set brings the shared rules'
 * messages (the forms' validation, the same words the service uses).
 */

type JsonModule = { default: object };
type Part = Record<'sv' | 'en' | 'fi' | 'ar', () => Promise<JsonModule>>;

const base: Part = { sv: () => import('./locales/sv.json'), en: () => import('./locales/en.json'), fi: () => import('./locales/fi.json'), ar: () => import('./locales/ar.json') };
/** The staff's list, item and register pages. */
const handling: Part = {
  sv: () => import('./locales/handling/sv.json'),
  en: () => import('./locales/handling/en.json'),
  fi: () => import('./locales/handling/fi.json'),
  ar: () => import('./locales/handling/ar.json'),
};
/** The reply panels, the statistics and the indicator report. */
const staff: Part = {
  sv: () => import('./locales/staff/sv.json'),
  en: () => import('./locales/staff/en.json'),
  fi: () => import('./locales/staff/fi.json'),
  ar: () => import('./locales/staff/ar.json'),
};
/** The user survey, for the person answering and the staff's results. */
const survey: Part = {
  sv: () => import('./locales/survey/sv.json'),
  en: () => import('./locales/survey/en.json'),
  fi: () => import('./locales/survey/fi.json'),
  ar: () => import('./locales/survey/ar.json'),
};

/** Lex Sarah, deviations and the quality council (also the item page's lex Sarah panel). */
const quality: Part = {
  sv: () => import('./locales/quality/sv.json'),
  en: () => import('./locales/quality/en.json'),
  fi: () => import('./locales/quality/fi.json'),
  ar: () => import('./locales/quality/ar.json'),
};

function pageMessages(...parts: Part[]) {
  const load = (locale: keyof Part) => () => Promise.all<JsonModule>([...parts.map((part) => part[locale]()), ruleMessages(locale)]);
  return lazyMessages({ sv: load('sv'), en: load('en'), fi: load('fi'), ar: load('ar') });
}

export const messages = pageMessages(base);
export const handlingMessages = pageMessages(handling, staff);
export const statisticsMessages = pageMessages(staff);
export const indicatorsMessages = pageMessages(staff, survey);
export const surveyMessages = pageMessages(survey);
export const qualityMessages = pageMessages(quality);
