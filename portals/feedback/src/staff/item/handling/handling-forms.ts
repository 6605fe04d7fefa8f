import { classifyFeedbackInput, feedbackNote, FEEDBACK_HANDLING_NOTE_MAX_LENGTH } from '@omsorg/rules/feedback';
import { z } from 'zod';
import type { StaffFeedbackItemFragment } from '../../../generated/graphql.ts';

export { FEEDBACK_HANDLING_NOTE_MAX_LENGTH };

/** Classifying: the shared rule (the service checks the same); starts from what the item has. */
export const classifySchema = classifyFeedbackInput;

export function classifyValues(item: StaffFeedbackItemFragment): z.input<typeof classifySchema> {
  return {
    type: item.type,
    subject: item.subject,
    source: item.source,
    target: item.target,
    targetName: item.targetName ?? '',
    senderGender: item.senderGender,
    unit: item.unit ?? '',
  };
}

/** Assigning: a handler of the unit, or a unit alone; one of them. */
export const assignSchema = z
  .object({ handlerId: z.string(), unit: z.string().trim().max(200, 'validation.tooLong') })
  .refine((values) => values.handlerId !== '' || values.unit !== '', { path: ['handlerId'], message: 'item.errors.assignToSomeone' });

/** A note, an action, a closing note: required, at most 4,000 characters. */
export const noteSchema = z.object({ note: feedbackNote() });

/** Reopening: why, optionally. */
export const reopenSchema = z.object({ note: z.string().trim().max(FEEDBACK_HANDLING_NOTE_MAX_LENGTH, 'validation.tooLong') });

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * The case to link: its id, or the address of its page pasted as it is
 * (…/arenden/<id>/beslut); the id is taken out of it.
 */
export const linkSchema = z.object({
  applicationId: z
    .string()
    .trim()
    .min(1, { message: 'item.errors.caseMissing', abort: true })
    .refine((value) => UUID.test(value), 'item.errors.caseId')
    .transform((value) => UUID.exec(value)![0].toLowerCase()),
});
