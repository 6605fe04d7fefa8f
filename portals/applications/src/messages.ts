import { ruleMessages } from '@omsorg/forms/messages';
import { lazyMessages } from '@omsorg/ui';

/** What the citizen remote shows at once: its start-page part and menu entries. */
export const citizenStartMessages = lazyMessages({
  sv: () => import('./locales/citizen/start/sv.json'),
  en: () => import('./locales/citizen/start/en.json'),
  fi: () => import('./locales/citizen/start/fi.json'),
  ar: () => import('./locales/citizen/start/ar.json'),
});

/**
 * Shared words (service types, statuses) plus one audience's part, per language: a citizen
 * downloads only the citizen texts of their language (and Swedish as the fallback), and only
 * when one of the remote's pages is opened (each citizen route names them in `meta.messages`);
 * the shared rules' messages (form validation, the same words the service uses) come with each.
 */
export const citizenMessages = lazyMessages({
  sv: () => Promise.all([import('./locales/sv.json'), import('./locales/citizen/sv.json'), import('./locales/attachments/sv.json'), ruleMessages('sv')]),
  en: () => Promise.all([import('./locales/en.json'), import('./locales/citizen/en.json'), import('./locales/attachments/en.json'), ruleMessages('en')]),
  fi: () => Promise.all([import('./locales/fi.json'), import('./locales/citizen/fi.json'), import('./locales/attachments/fi.json'), ruleMessages('fi')]),
  ar: () => Promise.all([import('./locales/ar.json'), import('./locales/citizen/ar.json'), import('./locales/attachments/ar.json'), ruleMessages('ar')]),
});

export const staffMessages = lazyMessages({
  sv: () =>
    Promise.all([
      import('./locales/sv.json'),
      import('./locales/staff/sv.json'),
      import('./locales/staff/intake/sv.json'),
      import('./locales/staff/letter-copies/sv.json'),
      import('./locales/staff/outreach/sv.json'),
      import('./locales/attachments/sv.json'),
      ruleMessages('sv'),
    ]),
  en: () =>
    Promise.all([
      import('./locales/en.json'),
      import('./locales/staff/en.json'),
      import('./locales/staff/intake/en.json'),
      import('./locales/staff/letter-copies/en.json'),
      import('./locales/staff/outreach/en.json'),
      import('./locales/attachments/en.json'),
      ruleMessages('en'),
    ]),
  fi: () =>
    Promise.all([
      import('./locales/fi.json'),
      import('./locales/staff/fi.json'),
      import('./locales/staff/intake/fi.json'),
      import('./locales/staff/letter-copies/fi.json'),
      import('./locales/staff/outreach/fi.json'),
      import('./locales/attachments/fi.json'),
      ruleMessages('fi'),
    ]),
  ar: () =>
    Promise.all([
      import('./locales/ar.json'),
      import('./locales/staff/ar.json'),
      import('./locales/staff/intake/ar.json'),
      import('./locales/staff/letter-copies/ar.json'),
      import('./locales/staff/outreach/ar.json'),
      import('./locales/attachments/ar.json'),
      ruleMessages('ar'),
    ]),
});
