import type { LocaleMessages, MessageTree } from '@omsorg/ui';
import citizenAr from './locales/citizen/ar.json';
import citizenEn from './locales/citizen/en.json';
import citizenFi from './locales/citizen/fi.json';
import citizenSv from './locales/citizen/sv.json';
import sharedAr from './locales/ar.json';
import sharedEn from './locales/en.json';
import sharedFi from './locales/fi.json';
import sharedSv from './locales/sv.json';
import staffAr from './locales/staff/ar.json';
import staffEn from './locales/staff/en.json';
import staffFi from './locales/staff/fi.json';
import staffSv from './locales/staff/sv.json';

type Messages = { applications: MessageTree };

/** Shared words (service types, statuses) plus the citizen and staff parts, each in its own file. */
function merge(shared: Messages, citizen: Messages, staff: Messages): Messages {
  return { applications: { ...shared.applications, ...citizen.applications, ...staff.applications } };
}

export const messages: LocaleMessages = {
  sv: merge(sharedSv, citizenSv, staffSv),
  en: merge(sharedEn, citizenEn, staffEn),
  fi: merge(sharedFi, citizenFi, staffFi),
  ar: merge(sharedAr, citizenAr, staffAr),
};
