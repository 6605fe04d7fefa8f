import { feedbackContact, feedbackText } from '@omsorg/rules/feedback';
import { z } from 'zod';
import { FeedbackSubject, FeedbackType, type SubmitFeedbackInput } from './generated/graphql.ts';

export { FEEDBACK_TEXT_MAX_LENGTH } from '@omsorg/rules/feedback';

/** The enum's values in the order given, then any the order does not name yet (a new one still shows). */
function inOrder<T extends string>(values: Record<string, T>, order: readonly T[]): T[] {
  return [...order, ...Object.values(values).filter((value) => !order.includes(value))];
}

/** A complaint first: it is what most people come to leave. */
export const feedbackTypes = inOrder(FeedbackType, [FeedbackType.Complaint, FeedbackType.Suggestion, FeedbackType.Praise, FeedbackType.Question]);

/** In the order of their Swedish names, as a person scans the list. */
export const feedbackSubjects = inOrder(FeedbackSubject, [
  FeedbackSubject.Other,
  FeedbackSubject.Staffing,
  FeedbackSubject.Treatment,
  FeedbackSubject.Decision,
  FeedbackSubject.Information,
  FeedbackSubject.Routines,
  FeedbackSubject.QuestionIdea,
  FeedbackSubject.PhysicalEnvironment,
  FeedbackSubject.PersonalData,
  FeedbackSubject.Competence,
  FeedbackSubject.Technology,
  FeedbackSubject.Accessibility,
  FeedbackSubject.MissedOrDelayedService,
]);

/** The input id of each field, in the form's order, so that error summary links land on it. */
export const feedbackFieldIds = {
  type: 'feedback-type',
  subject: 'feedback-subject',
  text: 'feedback-text',
  anonymous: 'feedback-anonymous',
  contactName: 'feedback-contact-name',
  contactEmail: 'feedback-contact-email',
  contactPhone: 'feedback-contact-phone',
};

// Control characters other than tab and line feed: the service refuses them, the form drops them.
const controlCharacters = /[^\P{Cc}\n\t\r]/gu;

const contact = z.object(feedbackContact);

/**
 * The feedback form's rules (message keys under `feedback.`, or the shared rules' `validation.`):
 * the service's own (@omsorg/rules/feedback), checked before sending so that a person hears about
 * mistakes at once. Contact details are not checked when sending anonymously.
 */
export const feedbackFormSchema = z
  .object({
    type: z.string().pipe(z.enum(FeedbackType, 'errors.typeMissing')),
    subject: z.string().pipe(z.enum(FeedbackSubject, 'errors.subjectMissing')),
    text: z
      .string()
      .transform((text) => text.replace(controlCharacters, ''))
      .pipe(feedbackText({ missing: 'errors.textMissing' })),
    anonymous: z.boolean(),
    contactName: z.string(),
    contactEmail: z.string(),
    contactPhone: z.string(),
  })
  .superRefine(
    (values, context) => {
      if (values.anonymous) return;
      for (const issue of contact.safeParse(values).error?.issues ?? []) context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    },
    // Also when other fields are wrong, so that the error summary lists everything at once.
    { when: () => true },
  );

export type FeedbackFormValues = z.input<typeof feedbackFormSchema>;

export function emptyFeedbackForm(contactName = ''): FeedbackFormValues {
  return { type: '', subject: '', text: '', anonymous: false, contactName, contactEmail: '', contactPhone: '' };
}

/** The mutation input: contact details are left out entirely when sending anonymously. */
export function toSubmitInput(values: z.output<typeof feedbackFormSchema>): SubmitFeedbackInput {
  const { type, subject, text, anonymous } = values;
  if (anonymous) return { type, subject, text, anonymous };
  const given = Object.entries(contact.parse(values)).filter(([, value]) => value !== '');
  return { type, subject, text, anonymous, ...Object.fromEntries(given) };
}

/** What the confirmation says: the reference number, and whether anyone can answer. */
export interface FeedbackReceipt {
  referenceNumber: string;
  anonymous: boolean;
  hasContact: boolean;
}

export function toReceipt(sent: { referenceNumber: string; anonymous: boolean }, input: SubmitFeedbackInput): FeedbackReceipt {
  return { referenceNumber: sent.referenceNumber, anonymous: sent.anonymous, hasContact: Boolean(input.contactEmail || input.contactPhone) };
}
