import type { ApplicationAnswers } from '../../domain/answers.ts';
import { CONTACT_METHODS, CONTACT_WHOM, draftAnswersSchema, HELP_FROM_RELATIVES_MAX_LENGTH, MAX_SERVICES, NEEDS_MAX_LENGTH, normaliseStoredAnswers, SHORT_ANSWER_MAX_LENGTH } from '../../domain/answers-validation.ts';
import type { ServiceType } from '../../domain/service-types.ts';
import { ServiceTypeEnum } from '../application.ts';
import { builder } from '../builder.ts';

export const ContactMethodEnum = builder.enumType('ContactMethod', {
  description: 'How the applicant wants to be contacted: PHONE telefon, EMAIL e-post, LETTER brev.',
  values: CONTACT_METHODS,
});

export const ContactWhomEnum = builder.enumType('ContactWhom', {
  description: 'Whom the caseworker contacts about the application: APPLICANT the person it is for, REPRESENTATIVE the representative who sent it (submittedBy).',
  values: CONTACT_WHOM,
});

const RequestedServiceAnswerRef = builder.objectRef<{ serviceType: ServiceType; needs: string }>('RequestedServiceAnswer').implement({
  description: 'A service the applicant asks for, with their needs in their own words ("sökt insats och behov").',
  fields: (t) => ({
    serviceType: t.field({ type: ServiceTypeEnum, resolve: (answer) => answer.serviceType }),
    needs: t.exposeString('needs'),
  }),
});

/** The answers document, flat as the portal's pages ask for it. */
export const ApplicationAnswersRef = builder.objectRef<ApplicationAnswers>('ApplicationAnswers').implement({
  description: 'What the applicant answered, page by page; a draft may be incomplete.',
  fields: (t) => ({
    services: t.field({ type: [RequestedServiceAnswerRef], resolve: (answers) => normaliseStoredAnswers(answers).services }),
    livesAlone: t.boolean({ nullable: true, description: 'Lives alone ("bor ensam").', resolve: (answers) => normaliseStoredAnswers(answers).situation.livesAlone }),
    helpFromRelatives: t.string({ description: 'Help from relatives today ("hjälp från anhöriga").', resolve: (answers) => normaliseStoredAnswers(answers).situation.helpFromRelatives }),
    recentHospitalStay: t.boolean({ nullable: true, description: 'Recently in hospital ("nyligen på sjukhus").', resolve: (answers) => normaliseStoredAnswers(answers).situation.recentHospitalStay }),
    contactMethod: t.field({ type: ContactMethodEnum, nullable: true, resolve: (answers) => normaliseStoredAnswers(answers).contact.method }),
    contactWhom: t.field({
      type: ContactWhomEnum,
      nullable: true,
      description: 'Whose phone, e-mail and best time these are: the person the application is for, or the representative who sent it. Null in a draft not yet answered, and in applications sent before it was asked.',
      resolve: (answers) => normaliseStoredAnswers(answers).contact.whom ?? null,
    }),
    phone: t.string({ description: 'The number to call: that of the one contactWhom names.', resolve: (answers) => normaliseStoredAnswers(answers).contact.phone }),
    email: t.string({ description: 'The address to write to: that of the one contactWhom names.', resolve: (answers) => normaliseStoredAnswers(answers).contact.email }),
    bestTime: t.string({
      description: 'When it suits the one contactWhom names to be called ("när passar det").',
      resolve: (answers) => normaliseStoredAnswers(answers).contact.bestTime,
    }),
    language: t.string({ description: 'Language code, e.g. "sv", "fi", "ar".', resolve: (answers) => normaliseStoredAnswers(answers).language }),
    interpreterNeeded: t.boolean({ nullable: true, description: 'Needs an interpreter ("behöver tolk").', resolve: (answers) => normaliseStoredAnswers(answers).interpreterNeeded }),
    consentToContactHealthCare: t.boolean({
      nullable: true,
      description: 'Consents to the caseworker contacting health care ("samtycke till kontakt med vården").',
      resolve: (answers) => normaliseStoredAnswers(answers).consentToContactHealthCare,
    }),
  }),
});

const RequestedServiceAnswerInput = builder.inputType('RequestedServiceAnswerInput', {
  fields: (t) => ({
    serviceType: t.field({ type: ServiceTypeEnum, required: true }),
    needs: t.string({ required: true, description: `The needs in the applicant's own words; at most ${NEEDS_MAX_LENGTH} characters, may be empty in a draft.` }),
  }),
});

export const ApplicationAnswersInput = builder.inputType('ApplicationAnswersInput', {
  description:
    'Answers of a draft. Every field is optional: a field left out keeps what was saved, null or an empty text clears it. Completeness is checked on submit.',
  validate: draftAnswersSchema,
  fields: (t) => ({
    services: t.field({
      type: [RequestedServiceAnswerInput],
      description: `0 to ${MAX_SERVICES} services, each type once; replaces the saved list.`,
    }),
    livesAlone: t.boolean(),
    helpFromRelatives: t.string({ description: `At most ${HELP_FROM_RELATIVES_MAX_LENGTH} characters.` }),
    recentHospitalStay: t.boolean(),
    contactMethod: t.field({ type: ContactMethodEnum }),
    contactWhom: t.field({ type: ContactWhomEnum, description: 'Whom to contact, asked when applying for someone else: yourself (REPRESENTATIVE) or the person (APPLICANT).' }),
    phone: t.string({ description: 'Digits, spaces, + and -, 6 to 20 characters.' }),
    email: t.string({ description: `An e-mail address, at most ${SHORT_ANSWER_MAX_LENGTH} characters.` }),
    bestTime: t.string({ description: `At most ${SHORT_ANSWER_MAX_LENGTH} characters.` }),
    language: t.string({ description: 'A language code such as "sv", "fi" or "ar"; empty means Swedish.' }),
    interpreterNeeded: t.boolean(),
    consentToContactHealthCare: t.boolean(),
  }),
});
