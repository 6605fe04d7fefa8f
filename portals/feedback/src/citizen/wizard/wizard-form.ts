import { answerContactIssues, feedbackContact, feedbackContactAddress, feedbackTargetName, feedbackText, findSensitiveDetails } from '@omsorg/rules/feedback';
import { z } from 'zod';
import { AnswerChannel, FeedbackSubject, FeedbackTarget, FeedbackType, type SubmitFeedbackInput } from '../../generated/graphql.ts';

/**
 * The citizen feedback form as a short wizard, one question per page (docs/FEEDBACK.md,
 * "Citizen"): the steps, the rules of the whole form (the service's own, from
 * @omsorg/rules/feedback), which fields each step asks, and the mutation input.
 */

/** Whom the feedback is about, in the order people think of them: the unit first. */
export const feedbackTargets = [FeedbackTarget.Unit, FeedbackTarget.HomeCareProvider, FeedbackTarget.NursingHome, FeedbackTarget.Transport, FeedbackTarget.Region];
/** The targets a person may name ("Vilken hemtjänst?"). */
export const NAMED_TARGETS: readonly string[] = [FeedbackTarget.HomeCareProvider, FeedbackTarget.NursingHome];
/** No answer first: the default, so nobody has to give details they do not want to. */
export const answerChannels = [AnswerChannel.None, AnswerChannel.Letter, AnswerChannel.Email, AnswerChannel.Phone];

/** "Myself" among the persons one may give feedback about. */
export const MYSELF = 'SELF';

export const ANONYMITY = ['NAMED', 'ANONYMOUS'] as const;

export type WizardStep = 'type' | 'forWhom' | 'target' | 'subject' | 'text' | 'contact' | 'review';

/** The steps: whom it is about only for a person who represents someone. */
export function wizardSteps(askForWhom: boolean): WizardStep[] {
  return ['type', ...(askForWhom ? (['forWhom'] as const) : []), 'target', 'subject', 'text', 'contact', 'review'];
}

/** The input id of each field, in the wizard's order, so that error summary links land on it. */
export const wizardFieldIds = {
  type: 'feedback-type',
  forWhom: 'feedback-for-whom',
  concernsPersonId: 'feedback-for-whom',
  target: 'feedback-target',
  targetName: 'feedback-target-name',
  subject: 'feedback-subject',
  text: 'feedback-text',
  anonymity: 'feedback-anonymity',
  anonymous: 'feedback-anonymity',
  contactName: 'feedback-contact-name',
  contactEmail: 'feedback-contact-email',
  contactPhone: 'feedback-contact-phone',
  answerBy: 'feedback-answer-by',
  contactAddress: 'feedback-contact-address',
};

/** The fields each step asks. */
const STEP_FIELDS: Record<WizardStep, string[]> = {
  type: ['type'],
  forWhom: ['forWhom', 'concernsPersonId'],
  target: ['target', 'targetName'],
  subject: ['subject'],
  text: ['text'],
  contact: ['anonymity', 'anonymous', 'contactName', 'contactEmail', 'contactPhone', 'answerBy', 'contactAddress'],
  review: [],
};

/** The element ids of the fields a step asks (an error with one of them belongs on that step). */
export function stepFieldIds(step: WizardStep): string[] {
  return STEP_FIELDS[step].map((field) => wizardFieldIds[field as keyof typeof wizardFieldIds]);
}

/** The step that asks the field with this element id; the review step when none does. */
export function stepOfFieldId(steps: readonly WizardStep[], id: string): WizardStep {
  return steps.find((step) => stepFieldIds(step).includes(id)) ?? 'review';
}

// Control characters other than tab and line feed: the service refuses them, the form drops them.
const controlCharacters = /[^\P{Cc}\n\t\r]/gu;

const contact = z.object({ ...feedbackContact, contactAddress: feedbackContactAddress });

/**
 * The whole form's rules (message keys under `feedback.`, or the shared rules' `validation.`).
 * `forWhom()` lists the persons the sender may choose between (themself as MYSELF first), or is
 * null when the question is not asked. Contact details are not checked when anonymous.
 */
export function wizardSchema(forWhom: () => string[] | null) {
  return z
    .object({
      type: z.string().pipe(z.enum(FeedbackType, 'errors.typeMissing')),
      forWhom: z.string(),
      target: z.string().pipe(z.enum(FeedbackTarget, 'errors.targetMissing')),
      targetName: feedbackTargetName,
      subject: z.string().pipe(z.enum(FeedbackSubject, 'errors.subjectMissing')),
      text: z
        .string()
        .transform((text) => text.replace(controlCharacters, ''))
        .pipe(feedbackText({ missing: 'errors.textMissing' })),
      anonymity: z.string().pipe(z.enum(ANONYMITY, 'errors.anonymityMissing')),
      contactName: z.string(),
      contactEmail: z.string(),
      contactPhone: z.string(),
      answerBy: z.string().pipe(z.enum(AnswerChannel, 'errors.answerByMissing')),
      contactAddress: z.string(),
    })
    .superRefine(
      (values, context) => {
        const people = forWhom();
        if (people && !people.includes(values.forWhom)) context.addIssue({ code: 'custom', path: ['forWhom'], message: 'errors.forWhomMissing' });
        if (values.anonymity !== 'NAMED') return;
        for (const issue of contact.safeParse(values).error?.issues ?? []) context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
        for (const issue of answerContactIssues(values)) context.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
      },
      // Also when other fields are wrong, so that a step lists everything on it at once.
      { when: () => true },
    );
}

export type WizardValues = z.input<ReturnType<typeof wizardSchema>>;
export type CheckedWizardValues = z.output<ReturnType<typeof wizardSchema>>;

export function emptyWizard(contactName = ''): WizardValues {
  return {
    type: '',
    forWhom: '',
    target: '',
    targetName: '',
    subject: '',
    text: '',
    anonymity: '',
    contactName,
    contactEmail: '',
    contactPhone: '',
    answerBy: AnswerChannel.None,
    contactAddress: '',
  };
}

/**
 * The mutation input: only what the person gave and the choices still need. Anonymous: nothing
 * of the sender, nor whom it concerns. A provider's name only for a target that takes one; a
 * postal address only for an answer by letter.
 */
export function toSubmitInput(values: CheckedWizardValues): SubmitFeedbackInput {
  const { type, subject, target, text } = values;
  const targetName = NAMED_TARGETS.includes(target) ? values.targetName : '';
  const input: SubmitFeedbackInput = { type, subject, target, text, anonymous: values.anonymity === 'ANONYMOUS', ...(targetName ? { targetName } : {}) };
  if (input.anonymous) return input;
  const details = contact.parse(values);
  const given = Object.entries({ contactName: details.contactName, contactEmail: details.contactEmail, contactPhone: details.contactPhone }).filter(([, value]) => value !== '');
  return {
    ...input,
    ...(values.forWhom && values.forWhom !== MYSELF ? { concernsPersonId: values.forWhom } : {}),
    ...Object.fromEntries(given),
    answerBy: values.answerBy,
    ...(values.answerBy === AnswerChannel.Letter ? { contactAddress: details.contactAddress } : {}),
  };
}

/** The text with every personnummer the rule finds taken out, and the spaces it leaves tidied. */
export function withoutSensitiveDetails(text: string): string {
  let kept = '';
  let from = 0;
  for (const detail of findSensitiveDetails(text)) {
    kept += text.slice(from, detail.start);
    from = detail.end;
  }
  return (kept + text.slice(from)).replace(/[ \t]{2,}/g, ' ').replace(/ +([.,;:!?])/g, '$1');
}

/** What the receipt says: the reference number, and whether and how the sender will be answered. */
export interface FeedbackReceipt {
  referenceNumber: string;
  anonymous: boolean;
  answerBy: AnswerChannel;
  /** Signed in and not anonymous: it shows under "Mina synpunkter". */
  signedIn: boolean;
}

export function toReceipt(sent: { referenceNumber: string; anonymous: boolean }, input: SubmitFeedbackInput, signedIn: boolean): FeedbackReceipt {
  return { referenceNumber: sent.referenceNumber, anonymous: sent.anonymous, answerBy: sent.anonymous ? AnswerChannel.None : (input.answerBy ?? AnswerChannel.None), signedIn: signedIn && !sent.anonymous };
}
