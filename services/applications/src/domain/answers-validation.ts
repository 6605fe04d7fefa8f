import { text } from '@omsorg/platform';
import { z } from 'zod';
import { emptyAnswers, type ApplicationAnswers } from './answers.ts';
import { SERVICE_TYPES, type ServiceType } from './service-types.ts';

export const CONTACT_METHODS = ['PHONE', 'EMAIL', 'LETTER'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export const MAX_SERVICES = SERVICE_TYPES.length;
export const DRAFT_STEP_MAX_LENGTH = 40;

/** A language as a code ("sv", "fi", "ar", "smj", "sr-Latn"); the portal names it. */
const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;
// The rules the citizen pages check too are written once, in @omsorg/rules.
import { isPhoneNumber } from '@omsorg/rules';
import { isEmailAddress } from '@omsorg/rules';
import { CONTACT_WHOM, contactIssues, HELP_FROM_RELATIVES_MAX_LENGTH, NEEDS_MAX_LENGTH, SHORT_ANSWER_MAX_LENGTH } from '@omsorg/rules/applications';
import type { ContactWhom } from './answers.ts';
export { CONTACT_WHOM, HELP_FROM_RELATIVES_MAX_LENGTH, isPhoneNumber, NEEDS_MAX_LENGTH, SHORT_ANSWER_MAX_LENGTH };

/** The answers as the portal sends them: flat, every field optional (a page at a time). */
export type DraftAnswersInput = {
  services?: Array<{ serviceType: ServiceType; needs: string }> | null;
  livesAlone?: boolean | null;
  helpFromRelatives?: string | null;
  recentHospitalStay?: boolean | null;
  contactMethod?: ContactMethod | null;
  contactWhom?: ContactWhom | null;
  phone?: string | null;
  email?: string | null;
  bestTime?: string | null;
  language?: string | null;
  interpreterNeeded?: boolean | null;
  consentToContactHealthCare?: boolean | null;
};

/** Text as every free-text field takes it (platform `text()`): trimmed, NFC, no control characters. */
const trimmed = (max: number, message?: string, multiline = false) => text({ max, multiline, ...(message ? { tooLong: message } : {}) });

const serviceAnswer = z.object({
  serviceType: z.enum(SERVICE_TYPES),
  needs: trimmed(NEEDS_MAX_LENGTH, 'validation.application.needsTooLong', true),
});

const services = z
  .array(serviceAnswer)
  .max(MAX_SERVICES, 'validation.application.tooManyServices')
  .superRefine((list, context) => {
    const seen = new Set<ServiceType>();
    list.forEach((service, index) => {
      if (seen.has(service.serviceType)) {
        context.addIssue({ code: 'custom', message: 'validation.application.serviceTwice', path: [index, 'serviceType'] });
      }
      seen.add(service.serviceType);
    });
  });

/**
 * Shape and length of a draft's answers, checked on every autosave: anything may still be
 * missing, but what is there must be well-formed. Text is trimmed. A field left out keeps what
 * was saved before; null or an empty text clears it.
 */
export const draftAnswersSchema = z.object({
  services: services.nullish(),
  livesAlone: z.boolean().nullish(),
  helpFromRelatives: trimmed(HELP_FROM_RELATIVES_MAX_LENGTH, undefined, true).nullish(),
  recentHospitalStay: z.boolean().nullish(),
  contactMethod: z.enum(CONTACT_METHODS).nullish(),
  contactWhom: z.enum(CONTACT_WHOM).nullish(),
  phone: trimmed(SHORT_ANSWER_MAX_LENGTH)
    .refine((value) => value === '' || isPhoneNumber(value), 'validation.phone')
    .nullish(),
  email: trimmed(SHORT_ANSWER_MAX_LENGTH)
    .refine((value) => value === '' || isEmailAddress(value), 'validation.email')
    .nullish(),
  bestTime: trimmed(SHORT_ANSWER_MAX_LENGTH).nullish(),
  language: trimmed(16)
    .refine((value) => value === '' || LANGUAGE_CODE.test(value), 'validation.application.language')
    .nullish(),
  interpreterNeeded: z.boolean().nullish(),
  consentToContactHealthCare: z.boolean().nullish(),
});

/** The page the applicant is on: kept so they can come back to it. */
export const draftStepSchema = trimmed(DRAFT_STEP_MAX_LENGTH).nullish();

/** Answers as stored, completed with defaults: old rows may lack fields added later. */
export function normaliseStoredAnswers(stored: Partial<ApplicationAnswers> | null | undefined): ApplicationAnswers {
  const empty = emptyAnswers();
  return {
    ...empty,
    ...stored,
    services: stored?.services ?? empty.services,
    situation: { ...empty.situation, ...stored?.situation },
    contact: { ...empty.contact, ...stored?.contact },
  };
}

function pick<T>(value: T | null | undefined, previous: T, cleared: T): T {
  if (value === undefined) return previous;
  return value === null ? cleared : value;
}

/**
 * The draft after an autosave: the fields sent replace the saved ones, the fields left out
 * stay as they were, so a page can send only its own answers.
 */
export function mergeDraftAnswers(previous: ApplicationAnswers, input: DraftAnswersInput): ApplicationAnswers {
  const language = pick(input.language, previous.language, '');
  return {
    services: pick(input.services, previous.services, []).map((service) => ({ serviceType: service.serviceType, needs: service.needs })),
    situation: {
      livesAlone: pick(input.livesAlone, previous.situation.livesAlone, null),
      helpFromRelatives: pick(input.helpFromRelatives, previous.situation.helpFromRelatives, ''),
      recentHospitalStay: pick(input.recentHospitalStay, previous.situation.recentHospitalStay, null),
    },
    contact: {
      method: pick(input.contactMethod, previous.contact.method, null),
      whom: pick(input.contactWhom, previous.contact.whom, null),
      phone: pick(input.phone, previous.contact.phone, ''),
      email: pick(input.email, previous.contact.email, ''),
      bestTime: pick(input.bestTime, previous.contact.bestTime, ''),
    },
    language: language === '' ? 'sv' : language,
    interpreterNeeded: pick(input.interpreterNeeded, previous.interpreterNeeded, null),
    consentToContactHealthCare: pick(input.consentToContactHealthCare, previous.consentToContactHealthCare, null),
  };
}

/** Something missing or wrong before an application can be sent, by answer field. */
export type AnswerIssue = { field: string; key: string };

/**
 * What must be there before the application is submitted: at least one service, each with
 * the needs in the applicant's own words, and a way to reach them that matches the method
 * they chose, and, when someone applies for another, whom to contact. Field names are those of
 * ApplicationAnswers, so the portal can link each issue to its page.
 */
export function completenessIssues(answers: ApplicationAnswers, options: { forSomeoneElse?: boolean } = {}): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  if (answers.services.length === 0) issues.push({ field: 'services', key: 'validation.application.servicesRequired' });
  answers.services.forEach((service, index) => {
    if (service.needs.trim() === '') issues.push({ field: `services.${index}.needs`, key: 'validation.application.needsRequired' });
  });
  if (answers.contact.method === null) issues.push({ field: 'contactMethod', key: 'validation.application.contactMethodRequired' });
  issues.push(...contactIssues(answers.contact, options).map(({ field, key }) => ({ field, key })));
  return issues;
}
