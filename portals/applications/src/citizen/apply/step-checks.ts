import { isServiceType, serviceSlugs, servicesInOrder, sortServices } from '../service-order.ts';
import { bestTimeMaxLength, contactMaxLength, needsMaxLength, normaliseText, relativesMaxLength, type AnswersForm } from './answers-form.ts';
import { isEmailAddress, isPhoneNumber } from './contact-checks.ts';
import { stepAt, stepOrder, type Step } from './steps.ts';

/** The id of the input an error summary link lands on (for a group: its first choice). */
export const fieldIds = {
  services: `application-service-${serviceSlugs[servicesInOrder[0]!]}`,
  needs: 'application-needs',
  livesAlone: 'application-lives-alone',
  relatives: 'application-relatives',
  hospital: 'application-hospital',
  contactMethod: 'application-contact-method',
  phone: 'application-phone',
  email: 'application-email',
  bestTime: 'application-best-time',
  language: 'application-language',
  interpreter: 'application-interpreter',
  consent: 'application-consent',
} as const;
export type FieldName = keyof typeof fieldIds;

export interface StepIssue {
  field: FieldName;
  /** message key under applications.citizen.apply.errors */
  key: string;
  params?: Record<string, number | string>;
}

function tooLong(text: string, max: number): number {
  return normaliseText(text).length - max;
}

/** The server's rules for one page, checked before saving so that a mistake is told at once. */
export function checkStep(step: Step, form: AnswersForm): StepIssue[] {
  const issues: StepIssue[] = [];
  switch (step.kind) {
    case 'services':
      if (form.services.length === 0) issues.push({ field: 'services', key: 'servicesMissing' });
      break;
    case 'needs': {
      const text = form.needs[step.service!] ?? '';
      if (normaliseText(text).length === 0) issues.push({ field: 'needs', key: 'needsMissing' });
      else if (tooLong(text, needsMaxLength) > 0) issues.push({ field: 'needs', key: 'tooLong', params: { max: needsMaxLength, count: tooLong(text, needsMaxLength) } });
      break;
    }
    case 'livesAlone':
      if (!form.livesAlone) issues.push({ field: 'livesAlone', key: 'livesAloneMissing' });
      break;
    case 'relatives':
      if (tooLong(form.helpFromRelatives, relativesMaxLength) > 0) {
        issues.push({ field: 'relatives', key: 'tooLong', params: { max: relativesMaxLength, count: tooLong(form.helpFromRelatives, relativesMaxLength) } });
      }
      break;
    case 'hospital':
      if (!form.recentHospitalStay) issues.push({ field: 'hospital', key: 'hospitalMissing' });
      break;
    case 'contactMethod':
      if (!form.contactMethod) issues.push({ field: 'contactMethod', key: 'contactMethodMissing' });
      break;
    case 'contactDetails': {
      const phone = form.phone.trim();
      const email = form.email.trim();
      if (!phone && form.contactMethod === 'PHONE') issues.push({ field: 'phone', key: 'phoneMissing' });
      else if (phone && !isPhoneNumber(phone)) issues.push({ field: 'phone', key: 'phoneInvalid' });
      if (!email && form.contactMethod === 'EMAIL') issues.push({ field: 'email', key: 'emailMissing' });
      else if (email.length > contactMaxLength) issues.push({ field: 'email', key: 'tooLong', params: { max: contactMaxLength, count: email.length - contactMaxLength } });
      else if (email && !isEmailAddress(email)) issues.push({ field: 'email', key: 'emailInvalid' });
      break;
    }
    case 'bestTime':
      if (tooLong(form.bestTime, bestTimeMaxLength) > 0) {
        issues.push({ field: 'bestTime', key: 'tooLong', params: { max: bestTimeMaxLength, count: tooLong(form.bestTime, bestTimeMaxLength) } });
      }
      break;
    case 'language':
      if (!form.language.trim()) issues.push({ field: 'language', key: 'languageMissing' });
      break;
    case 'interpreter':
      if (!form.interpreterNeeded) issues.push({ field: 'interpreter', key: 'interpreterMissing' });
      break;
    case 'consent':
      if (!form.consentToContactHealthCare) issues.push({ field: 'consent', key: 'consentMissing' });
      break;
    case 'check':
      break;
  }
  return issues;
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
  const byName: Record<string, [string, FieldName]> = {
    services: ['insatser', 'services'],
    livesAlone: ['bor-ensam', 'livesAlone'],
    helpFromRelatives: ['anhoriga', 'relatives'],
    recentHospitalStay: ['sjukhus', 'hospital'],
    contactMethod: ['kontaktsatt', 'contactMethod'],
    phone: ['kontaktuppgifter', 'phone'],
    email: ['kontaktuppgifter', 'email'],
    bestTime: ['basta-tid', 'bestTime'],
    language: ['sprak', 'language'],
    interpreterNeeded: ['tolk', 'interpreter'],
    consentToContactHealthCare: ['samtycke', 'consent'],
  };
  const [path, fieldName] = byName[name] ?? ['insatser', 'services'];
  return { step: stepAt(path)!, field: fieldName };
}
