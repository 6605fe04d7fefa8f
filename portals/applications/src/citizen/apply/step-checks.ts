import { contactIssues, HELP_FROM_RELATIVES_MAX_LENGTH, NEEDS_MAX_LENGTH, SHORT_ANSWER_MAX_LENGTH } from '@omsorg/rules/applications';
import { z } from 'zod';
import { ContactMethod, ContactWhom, ServiceType } from '../../generated/graphql.ts';
import { isServiceType, serviceSlugs, servicesInOrder, sortServices } from '../service-order.ts';
import { normaliseText } from '../text.ts';
import type { AnswersForm } from './answers-form.ts';
import { stepAt, stepOrder, stepPaths, type Step } from './steps.ts';

/** The id of the input an error summary link lands on (for a group: its first choice). */
export const fieldIds = {
  services: `application-service-${serviceSlugs[servicesInOrder[0]!]}`,
  needs: 'application-needs',
  livesAlone: 'application-lives-alone',
  relatives: 'application-relatives',
  hospital: 'application-hospital',
  contactMethod: 'application-contact-method',
  contactWhom: 'application-contact-whom',
  phone: 'application-phone',
  email: 'application-email',
  bestTime: 'application-best-time',
  language: 'application-language',
  interpreter: 'application-interpreter',
  consent: 'application-consent',
} as const;
export type FieldName = keyof typeof fieldIds;

/** The page's field of each answer (and of the service's names for them). */
const fieldOfAnswer: Record<string, FieldName> = {
  services: 'services',
  needs: 'needs',
  livesAlone: 'livesAlone',
  helpFromRelatives: 'relatives',
  recentHospitalStay: 'hospital',
  contactMethod: 'contactMethod',
  contactWhom: 'contactWhom',
  phone: 'phone',
  email: 'email',
  bestTime: 'bestTime',
  language: 'language',
  interpreterNeeded: 'interpreter',
  consentToContactHealthCare: 'consent',
};

export interface StepIssue {
  field: FieldName;
  /** message key under applications.citizen ("apply.errors.…"), or a shared rule's ("validation.…") */
  key: string;
  params?: Record<string, number | string>;
}

const yesNo = z.enum(['', 'yes', 'no']);

/** The answers as the pages hold them (AnswersForm): well-formed whatever is answered so far. */
export const answersFormSchema = z.object({
  services: z.array(z.enum(ServiceType)),
  needs: z.partialRecord(z.enum(ServiceType), z.string()),
  livesAlone: yesNo,
  helpFromRelatives: z.string(),
  recentHospitalStay: yesNo,
  contactMethod: z.union([z.literal(''), z.enum(ContactMethod)]),
  contactWhom: z.union([z.literal(''), z.enum(ContactWhom)]),
  phone: z.string(),
  email: z.string(),
  bestTime: z.string(),
  language: z.string(),
  interpreterNeeded: yesNo,
  consentToContactHealthCare: yesNo,
}) satisfies z.ZodType<AnswersForm>;

/**
 * A page's question is not answered: "apply.errors.<name>Missing". Saving for later lets it be.
 * `forSomeoneElse`: a representative fills it in, so whom to contact is asked too.
 */
type Mode = { later: boolean; forSomeoneElse?: boolean };
const missing = (name: string) => `apply.errors.${name}Missing`;

/** A yes or a no. */
function answered(name: string, { later }: Mode) {
  return later ? yesNo : z.enum(['yes', 'no'], { message: missing(name) });
}

/** Free text counted as the service stores it, at most `max` characters ("shorten it by n"). */
function limitedText(max: number, required: string | null, { later }: Mode) {
  return z
    .string()
    .default('')
    .superRefine((value, context) => {
      const text = normaliseText(value);
      if (text.length === 0 && required && !later) context.addIssue({ code: 'custom', message: missing(required) });
      else if (text.length > max) context.addIssue({ code: 'custom', message: 'apply.errors.tooLong', params: { max, count: text.length - max } });
    });
}

/** The contact details the chosen way of contact needs, by the rule the service also checks. */
function contactDetails({ later, forSomeoneElse }: Mode) {
  return z.object({ contactMethod: z.string(), contactWhom: z.string(), phone: z.string(), email: z.string() }).superRefine((contact, context) => {
    const issues = contactIssues(
      { method: contact.contactMethod || null, whom: contact.contactWhom || null, phone: contact.phone, email: contact.email },
      { forSomeoneElse: forSomeoneElse ?? false },
    );
    for (const issue of issues) {
      if (later && issue.key.endsWith('Required')) continue;
      context.addIssue({ code: 'custom', path: [issue.field], message: issue.key, ...(issue.params ? { params: issue.params } : {}) });
    }
  });
}

/** The service's rules (and the page's own questions) for one page, as a schema over its answers. */
export function stepSchema(step: Step, mode: Mode = { later: false }): z.ZodType {
  switch (step.kind) {
    case 'services':
      return z.object({ services: mode.later ? z.array(z.string()) : z.array(z.string()).min(1, missing('services')) });
    case 'needs':
      return z.object({ needs: z.object({ [step.service!]: limitedText(NEEDS_MAX_LENGTH, 'needs', mode) }) });
    case 'livesAlone':
      return z.object({ livesAlone: answered('livesAlone', mode) });
    case 'relatives':
      return z.object({ helpFromRelatives: limitedText(HELP_FROM_RELATIVES_MAX_LENGTH, null, mode) });
    case 'hospital':
      return z.object({ recentHospitalStay: answered('hospital', mode) });
    case 'contactMethod':
      return z.object({ contactMethod: mode.later ? z.string() : z.enum(ContactMethod, { message: missing('contactMethod') }) });
    case 'contactDetails':
      return contactDetails(mode);
    case 'bestTime':
      return z.object({ bestTime: limitedText(SHORT_ANSWER_MAX_LENGTH, null, mode) });
    case 'language':
      return z.object({ language: mode.later ? z.string() : z.string().trim().min(1, missing('language')) });
    case 'interpreter':
      return z.object({ interpreterNeeded: answered('interpreter', mode) });
    case 'consent':
      return z.object({ consentToContactHealthCare: answered('consent', mode) });
    case 'check':
      return z.object({});
  }
}

/** What is wrong on one page, before saving, so that a mistake is told at once. */
export function checkStep(step: Step, form: AnswersForm, mode: Mode = { later: false }): StepIssue[] {
  const result = stepSchema(step, mode).safeParse(form);
  return (result.error?.issues ?? []).map((issue) => ({
    field: fieldOfAnswer[String(issue.path[0])] ?? 'services',
    key: issue.message,
    ...('params' in issue && issue.params ? { params: issue.params as Record<string, number | string> } : {}),
  }));
}

/**
 * The whole form's schema for the page showing `step()`: the answers' shape, and the page's
 * own checks as issues on its fields (so the error summary links to them).
 */
export function answersPageSchema(step: () => Step | null, mode: () => Mode) {
  return answersFormSchema.superRefine((values, context) => {
    const current = step();
    if (!current) return;
    for (const issue of checkStep(current, values, mode())) {
      context.addIssue({ code: 'custom', path: [issue.field], message: issue.key, ...(issue.params ? { params: issue.params } : {}) });
    }
  });
}

/** The first page whose question still lacks an answer, or the check page when all are done. */
export function firstIncompleteStep(form: AnswersForm): Step {
  const order = stepOrder(form);
  return order.find((step) => checkStep(step, form).length > 0) ?? order[order.length - 1]!;
}

/**
 * Where a person coming back continues: the page they were on (draftStep), unless an earlier
 * question is unanswered, e.g. a service ticked whose needs page they never reached.
 */
export function resumeStep(form: AnswersForm, draftStep: string | null): Step {
  const order = stepOrder(form);
  const incomplete = firstIncompleteStep(form);
  const saved = draftStep ? order.findIndex((step) => step.path === draftStep) : -1;
  if (saved < 0) return incomplete;
  const incompleteIndex = order.findIndex((step) => step.path === incomplete.path);
  return order[Math.min(saved, incompleteIndex)]!;
}

/** Whether a page belongs to these answers (a needs page only for a chosen service). */
export function isStepInOrder(form: AnswersForm, path: string): boolean {
  return stepOrder(form).some((step) => step.path === path);
}

/**
 * The page a server validation issue belongs to. The service names the field as in the
 * input ("phone", "answers.phone", "services.1.needs"); anything else goes to the first page.
 */
export function stepForServerField(field: string, form: AnswersForm): { step: Step; field: FieldName } {
  const name = field.replace(/^(input\.)?(answers\.)?/, '');
  const needs = name.match(/^services\.(\d+)\.(needs|serviceType)$/);
  if (needs) {
    const service = sortServices(form.services)[Number(needs[1])];
    if (needs[2] === 'needs' && service && isServiceType(service)) return { step: stepAt(`behov/${serviceSlugs[service]}`)!, field: 'needs' };
    return { step: stepAt('insatser')!, field: 'services' };
  }
  const named = fieldOfAnswer[name] ?? 'services';
  return { step: stepOfField(named), field: named };
}

/** The page that asks for a field. */
function stepOfField(field: FieldName): Step {
  const kind: Record<FieldName, keyof typeof stepPaths> = {
    services: 'services',
    needs: 'services',
    livesAlone: 'livesAlone',
    relatives: 'relatives',
    hospital: 'hospital',
    contactMethod: 'contactMethod',
    contactWhom: 'contactDetails',
    phone: 'contactDetails',
    email: 'contactDetails',
    bestTime: 'bestTime',
    language: 'language',
    interpreter: 'interpreter',
    consent: 'consent',
  };
  return stepAt(stepPaths[kind[field]])!;
}
