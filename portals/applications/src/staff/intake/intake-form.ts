import { personalIdentityNumber, requiredText } from '@omsorg/rules';
import { contactIssues, isRegistrationChannel, receivedAtIssues, REGISTRATION_CHANNELS, SHORT_ANSWER_MAX_LENGTH, type ReceivedAt } from '@omsorg/rules/applications';
export { stockholmClock } from '@omsorg/rules/applications';
import { z } from 'zod';
import { toAnswersInput, emptyAnswersForm, type AnswersForm } from '../../citizen/apply/answers-form.ts';
import { needsMaxLength } from '../../citizen/apply/answers-form.ts';
import { isOfferedLanguage } from '../../citizen/apply/languages.ts';
import { servicesInOrder } from '../../citizen/service-order.ts';
import { ApplicationChannel, ServiceType, type RegisterApplicationInput, type RegisterPersonInput } from '../../generated/graphql.ts';

/*
 * "Registrera ansökan": an application that came by phone, letter, Äldre direkt or a hospital
 * discharge notice. The answers are the citizen form's (AnswersForm, toAnswersInput); the rules
 * the service checks too come from @omsorg/rules.
 */

/** In the order the page offers them: the usual first. */
export const registrationChannels: readonly ApplicationChannel[] = REGISTRATION_CHANNELS.map((channel) => channel as ApplicationChannel);

const key = (name: string) => `intake.errors.${name}`;

/** Finding the person: a real personnummer (format, date, check digit), as identity checks it. */
export const lookupSchema = z.object({ personalIdentityNumber });

/**
 * A person not known yet: names as written down, the language they want to use and whether they
 * need an interpreter (identity keeps both; the application is preset from them); the personnummer
 * is the one searched for.
 */
export const newPersonSchema = z.object({
  givenName: requiredText(100, key('givenName')),
  familyName: requiredText(100, key('familyName')),
  preferredLanguage: z.string().refine(isOfferedLanguage, key('preferredLanguage')),
  interpreterNeeded: z.string().refine((answer) => answer === 'yes' || answer === 'no', key('interpreterNeeded')),
});

/** Swedish until staff choose another; the interpreter question unanswered, so that it is asked. */
export const emptyNewPerson: z.input<typeof newPersonSchema> = { givenName: '', familyName: '', preferredLanguage: 'sv', interpreterNeeded: '' };

export function toRegisterPersonInput(personalIdentityNumber: string, form: z.output<typeof newPersonSchema>): RegisterPersonInput {
  return { personalIdentityNumber, givenName: form.givenName, familyName: form.familyName, preferredLanguage: form.preferredLanguage, interpreterNeeded: form.interpreterNeeded === 'yes' };
}

/** The form: how and when it came, and the citizen form's answers. */
export interface IntakeForm extends Pick<AnswersForm, 'services' | 'needs' | 'phone' | 'email' | 'bestTime' | 'language' | 'interpreterNeeded'> {
  channel: string;
  /** A ContactMethod, or '' until chosen. */
  contactMethod: string;
  receivedOn: string;
  receivedTime: string;
  urgent: boolean;
}

/**
 * The form as it starts: received now, the language and interpreter questions preset from
 * identity. A stored language the city does not offer (isOfferedLanguage, as identity and the
 * service check it) is not preset as if it were: the question keeps the form's default, Swedish,
 * for staff to settle with the person.
 */
export function emptyIntakeForm(now: ReceivedAt, person?: { preferredLanguage: string; interpreterNeeded: boolean }): IntakeForm {
  const answers = emptyAnswersForm();
  return {
    channel: '',
    receivedOn: now.receivedOn,
    receivedTime: now.receivedTime,
    urgent: false,
    services: [],
    needs: {},
    contactMethod: '',
    phone: '',
    email: '',
    bestTime: '',
    language: person && isOfferedLanguage(person.preferredLanguage) ? person.preferredLanguage : answers.language,
    interpreterNeeded: person ? (person.interpreterNeeded ? 'yes' : 'no') : '',
  };
}

/**
 * The checks the page makes before sending; the service makes the same ones (and the rest).
 * `now` is read at each check: the page may stay open while the call goes on.
 */
export function intakeSchema(now: () => ReceivedAt) {
  return z
    .object({
      channel: z.string().refine(isRegistrationChannel, key('channel')),
      receivedOn: z.string().trim(),
      receivedTime: z.string().trim(),
      urgent: z.boolean(),
      services: z.array(z.enum(Object.values(ServiceType))).min(1, key('services')),
      needs: z.record(z.string(), z.string()),
      contactMethod: z.string().min(1, key('contactMethod')),
      phone: z.string().trim(),
      email: z.string().trim(),
      bestTime: z.string().trim().max(SHORT_ANSWER_MAX_LENGTH, 'validation.tooLong'),
      language: z.string(),
      interpreterNeeded: z.enum(['', 'yes', 'no']),
    })
    .superRefine((form, context) => {
      for (const issue of receivedAtIssues({ receivedOn: form.receivedOn, receivedTime: form.receivedTime }, now())) {
        context.addIssue({ code: 'custom', path: [issue.field], message: issue.key });
      }
      // One issue for all the needs: the form library keeps one message per top-level field; the
      // page shows it beside each text that lacks one (needsIssue).
      const missing = form.services.find((type) => needsIssue(form, type) !== null);
      if (missing) context.addIssue({ code: 'custom', path: ['needs'], message: needsIssue(form, missing)!, params: { maximum: needsMaxLength } });
      for (const issue of contactIssues({ method: form.contactMethod || null, phone: form.phone, email: form.email })) {
        context.addIssue({ code: 'custom', path: [issue.field], message: issue.key, ...(issue.params ? { params: issue.params } : {}) });
      }
    });
}

/** What is wrong with the needs written for a chosen service, as a message key; null when nothing is. */
export function needsIssue(form: Pick<IntakeForm, 'needs'>, type: ServiceType): string | null {
  const needs = (form.needs[type] ?? '').trim();
  if (needs === '') return key('needs');
  return needs.length > needsMaxLength ? 'validation.tooLong' : null;
}

/** Services in the page's order, for the checkboxes. */
export const intakeServices: readonly ServiceType[] = servicesInOrder;

export function toRegisterApplicationInput(applicantId: string, form: IntakeForm, registrationKey: string): RegisterApplicationInput {
  const answers = toAnswersInput({ ...emptyAnswersForm(), ...form, contactMethod: form.contactMethod as AnswersForm['contactMethod'] });
  const channel = form.channel as ApplicationChannel;
  return {
    applicantId,
    channel,
    receivedOn: form.receivedOn.trim(),
    receivedTime: form.receivedTime.trim(),
    urgent: channel === ApplicationChannel.HospitalDischarge ? true : form.urgent,
    answers,
    registrationKey,
  };
}
