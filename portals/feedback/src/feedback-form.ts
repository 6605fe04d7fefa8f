import { feedbackSubjects, feedbackTypes, type FeedbackSubject, type FeedbackType, type SubmitFeedbackInput } from './feedback.ts';

/** What the form holds while a person fills it in: everything a string until it is checked. */
export interface FeedbackFormValues {
  type: string;
  subject: string;
  text: string;
  anonymous: boolean;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

export type FeedbackField = keyof FeedbackFormValues;

export const textMaxLength = 10_000;
export const contactMaxLength = 200;

export function emptyFeedbackForm(): FeedbackFormValues {
  return { type: '', subject: '', text: '', anonymous: false, contactName: '', contactEmail: '', contactPhone: '' };
}

/** The input id of each field, so that error summary links land on it. */
export const fieldIds: Record<FeedbackField, string> = {
  type: 'feedback-type',
  subject: 'feedback-subject',
  text: 'feedback-text',
  anonymous: 'feedback-anonymous',
  contactName: 'feedback-contact-name',
  contactEmail: 'feedback-contact-email',
  contactPhone: 'feedback-contact-phone',
};

export function isFeedbackField(field: string): field is FeedbackField {
  return field in fieldIds;
}

export interface FormIssue {
  field: FeedbackField;
  /** message key under feedback.errors */
  key: string;
  params?: Record<string, number | string>;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// As the feedback service: digits, spaces and hyphens, an optional leading +, 6-20 characters, 6+ digits.
const phoneCharacters = /^\+?[\d -]+$/;
// As the feedback service: other control characters than tab and line feed are dropped before counting.
const controlCharacters = /[^\P{Cc}\n\t]/gu;

/** The text as the service stores and counts it. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(controlCharacters, '').trim();
}

function isPhoneNumber(value: string): boolean {
  return value.length >= 6 && value.length <= 20 && phoneCharacters.test(value) && value.replace(/\D/g, '').length >= 6;
}

/** The server's rules, checked before sending so that a person hears about mistakes at once. */
export function validateFeedback(values: FeedbackFormValues): FormIssue[] {
  const issues: FormIssue[] = [];
  if (!(feedbackTypes as readonly string[]).includes(values.type)) issues.push({ field: 'type', key: 'typeMissing' });
  if (!(feedbackSubjects as readonly string[]).includes(values.subject)) issues.push({ field: 'subject', key: 'subjectMissing' });
  const text = normaliseText(values.text);
  if (text.length === 0) issues.push({ field: 'text', key: 'textMissing' });
  else if (text.length > textMaxLength) issues.push({ field: 'text', key: 'textTooLong', params: { count: text.length - textMaxLength } });
  if (!values.anonymous) {
    const name = values.contactName.trim();
    const email = values.contactEmail.trim();
    const phone = values.contactPhone.trim();
    if (name.length > contactMaxLength) issues.push({ field: 'contactName', key: 'contactTooLong', params: { max: contactMaxLength } });
    if (email.length > contactMaxLength) issues.push({ field: 'contactEmail', key: 'contactTooLong', params: { max: contactMaxLength } });
    else if (email && !emailPattern.test(email)) issues.push({ field: 'contactEmail', key: 'emailInvalid' });
    if (phone && !isPhoneNumber(phone)) issues.push({ field: 'contactPhone', key: 'phoneInvalid' });
  }
  return issues;
}

/** The mutation input: contact details are left out entirely when sending anonymously. */
export function toSubmitInput(values: FeedbackFormValues): SubmitFeedbackInput {
  const input: SubmitFeedbackInput = {
    type: values.type as FeedbackType,
    subject: values.subject as FeedbackSubject,
    text: normaliseText(values.text),
    anonymous: values.anonymous,
  };
  if (!values.anonymous) {
    const name = values.contactName.trim();
    const email = values.contactEmail.trim();
    const phone = values.contactPhone.trim();
    if (name) input.contactName = name;
    if (email) input.contactEmail = email;
    if (phone) input.contactPhone = phone;
  }
  return input;
}
