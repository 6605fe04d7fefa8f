import { ContactMethod, ContactWhom, type ApplicationAnswersInput, type CitizenDraftFragment } from '../../generated/graphql.ts';
import { isServiceType, sortServices, type ServiceType } from '../service-order.ts';
import { normaliseText } from '../text.ts';

type ApplicationAnswers = CitizenDraftFragment['answers'];

export type YesNo = '' | 'yes' | 'no';

/** What the pages hold while a person answers: choices as strings until they are sent. */
export interface AnswersForm {
  services: ServiceType[];
  /** Kept for a service even while it is unticked, so ticking it again brings the text back. */
  needs: Partial<Record<ServiceType, string>>;
  livesAlone: YesNo;
  helpFromRelatives: string;
  recentHospitalStay: YesNo;
  contactMethod: '' | ContactMethod;
  /** Whose phone, e-mail and best time follow: asked only of someone applying for another. */
  contactWhom: '' | ContactWhom;
  phone: string;
  email: string;
  bestTime: string;
  language: string;
  interpreterNeeded: YesNo;
  consentToContactHealthCare: YesNo;
}

// As long as the service takes them (written once, in @omsorg/rules).
export { NEEDS_MAX_LENGTH as needsMaxLength, HELP_FROM_RELATIVES_MAX_LENGTH as relativesMaxLength } from '@omsorg/rules/applications';
/** In the order the page offers them. */
export const contactMethods: readonly ContactMethod[] = [ContactMethod.Phone, ContactMethod.Email, ContactMethod.Letter];
/** In the order the page offers them: the representative (the one filling in) first. */
export const contactWhoms: readonly ContactWhom[] = [ContactWhom.Representative, ContactWhom.Applicant];

export function emptyAnswersForm(): AnswersForm {
  return {
    services: [],
    needs: {},
    livesAlone: '',
    helpFromRelatives: '',
    recentHospitalStay: '',
    contactMethod: '',
    contactWhom: '',
    phone: '',
    email: '',
    bestTime: '',
    language: 'sv',
    interpreterNeeded: '',
    consentToContactHealthCare: '',
  };
}

function toYesNo(value: boolean | null | undefined): YesNo {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  return '';
}

function fromYesNo(value: YesNo): boolean | undefined {
  if (value === 'yes') return true;
  if (value === 'no') return false;
  return undefined;
}

/** The saved draft, as the pages show it. */
export function answersFormFrom(answers: ApplicationAnswers): AnswersForm {
  const chosen = answers.services.filter((service) => isServiceType(service.serviceType));
  return {
    services: sortServices(chosen.map((service) => service.serviceType)),
    needs: Object.fromEntries(chosen.map((service) => [service.serviceType, service.needs])),
    livesAlone: toYesNo(answers.livesAlone),
    helpFromRelatives: answers.helpFromRelatives ?? '',
    recentHospitalStay: toYesNo(answers.recentHospitalStay),
    contactMethod: answers.contactMethod ?? '',
    contactWhom: answers.contactWhom ?? '',
    phone: answers.phone ?? '',
    email: answers.email ?? '',
    bestTime: answers.bestTime ?? '',
    language: answers.language || 'sv',
    interpreterNeeded: toYesNo(answers.interpreterNeeded),
    consentToContactHealthCare: toYesNo(answers.consentToContactHealthCare),
  };
}

export { normaliseText };

/**
 * The whole answer document for saveApplicationDraft: every page saves all of it, so that
 * what was answered before is never lost. Questions not answered yet are left out.
 */
export function toAnswersInput(form: AnswersForm): ApplicationAnswersInput {
  const input: ApplicationAnswersInput = {
    services: sortServices(form.services).map((serviceType) => ({ serviceType, needs: normaliseText(form.needs[serviceType] ?? '') })),
    helpFromRelatives: normaliseText(form.helpFromRelatives),
    phone: form.phone.trim(),
    email: form.email.trim(),
    bestTime: normaliseText(form.bestTime),
    language: form.language.trim() || 'sv',
  };
  const livesAlone = fromYesNo(form.livesAlone);
  if (livesAlone !== undefined) input.livesAlone = livesAlone;
  const recentHospitalStay = fromYesNo(form.recentHospitalStay);
  if (recentHospitalStay !== undefined) input.recentHospitalStay = recentHospitalStay;
  if (form.contactMethod) input.contactMethod = form.contactMethod;
  if (form.contactWhom) input.contactWhom = form.contactWhom;
  const interpreterNeeded = fromYesNo(form.interpreterNeeded);
  if (interpreterNeeded !== undefined) input.interpreterNeeded = interpreterNeeded;
  const consent = fromYesNo(form.consentToContactHealthCare);
  if (consent !== undefined) input.consentToContactHealthCare = consent;
  return input;
}
