import { requiredText } from '@omsorg/rules';
import { FOLLOW_UP_NOTE_MAX_LENGTH } from '@omsorg/rules/applications';
import { z } from 'zod';
import { FollowUpOutcome, type CompleteFollowUpInput } from '../../../generated/graphql.ts';

/** In the order offered: the usual first. */
export const followUpOutcomes: readonly FollowUpOutcome[] = [FollowUpOutcome.Continue, FollowUpOutcome.Change, FollowUpOutcome.End, FollowUpOutcome.Reassess];

/** How the follow-up went and what happens now. */
export const followUpSchema = z.object({
  outcome: z.string().refine((value) => (followUpOutcomes as readonly string[]).includes(value), 'case.followUp.errors.outcome'),
  note: requiredText(FOLLOW_UP_NOTE_MAX_LENGTH, 'case.followUp.errors.note'),
});

export function toCompleteFollowUpInput(followUpId: string, form: z.output<typeof followUpSchema>): CompleteFollowUpInput {
  return { followUpId, outcome: form.outcome as FollowUpOutcome, note: form.note };
}
