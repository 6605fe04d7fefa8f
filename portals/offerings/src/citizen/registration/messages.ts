import { partMessages } from '../../part-messages.ts';

/*
 * The registration's words (RegistrationPanel, the cancel page, "Mina anmälningar"), with the
 * shared rules' validation messages: loaded by the routes' `meta.messages` and by the panel
 * itself (it is shown on the session page, whose route is not this part's).
 */
export const registrationMessages = partMessages({
  sv: () => import('./locales/sv.json'),
  en: () => import('./locales/en.json'),
  fi: () => import('./locales/fi.json'),
  ar: () => import('./locales/ar.json'),
});
