import type { Catalogs } from '@omsorg/platform';
import { populationImportMessages } from './population-import/messages.ts';

/** Messages of identity that the platform's generic ones do not say well enough. */
export const identityMessages: Catalogs = {
  sv: {
    ...populationImportMessages.sv,
    'validation.person.exists': 'Det finns redan en person med det här personnumret. Sök på personnumret i stället.',
    'validation.person.language': 'Välj ett språk i listan. Koden känns inte igen som ett språk vi kan ta emot.',
    'error.rateLimited.personLookups': 'Du har sökt på många personnummer på kort tid. Vänta {wait} och försök igen.',
    'error.rateLimited.personNameSearches': 'Du har sökt på många namn på kort tid. Vänta {wait} och försök igen.',
    'validation.date': 'Skriv ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-12-05.',
    'validation.personalIdentityNumber': 'Skriv ett personnummer med tolv siffror, till exempel 19420315-2386.',
    'validation.representation.self': 'En person kan inte vara ombud för sig själv.',
    'validation.representation.documentInFuture': 'Dokumentets datum kan inte vara senare än i dag.',
    'validation.representation.endsBeforeStart': 'Slutdatumet kan inte vara före startdatumet.',
    'validation.representation.alreadyOver': 'Slutdatumet har redan passerat. En avslutad fullmakt behöver inte registreras.',
    'validation.representation.nameNeeded': 'Personen finns inte hos oss än. Fyll i förnamn och efternamn så registreras personen.',
    'validation.representation.duplicate': 'Den här personen är redan registrerad som ombud av samma slag.',
    'validation.representation.alreadyEnded': 'Företrädarskapet är redan avslutat.',
  },
  en: {
    ...populationImportMessages.en,
    'validation.person.exists': 'A person with this personal identity number already exists. Search for the number instead.',
    'validation.person.language': 'Choose a language from the list. The code is not a language we can accept.',
    'error.rateLimited.personLookups': 'You have searched for many personal identity numbers in a short time. Wait {wait} and try again.',
    'error.rateLimited.personNameSearches': 'You have searched for many names in a short time. Wait {wait} and try again.',
    'validation.date': 'Enter a date as YYYY-MM-DD, for example 2026-12-05.',
    'validation.personalIdentityNumber': 'Enter a personal identity number with twelve digits, for example 19420315-2386.',
    'validation.representation.self': 'A person cannot represent themself.',
    'validation.representation.documentInFuture': "The document's date cannot be later than today.",
    'validation.representation.endsBeforeStart': 'The end date cannot be before the start date.',
    'validation.representation.alreadyOver': 'The end date has already passed. An ended power of attorney need not be registered.',
    'validation.representation.nameNeeded': 'We do not know this person yet. Enter the given and family name and the person is registered.',
    'validation.representation.duplicate': 'This person is already registered as a representative of the same kind.',
    'validation.representation.alreadyEnded': 'The representation has already ended.',
  },
  fi: { ...populationImportMessages.fi },
};
