import { caseReviewText } from '@omsorg/rules/applications';
import { z } from 'zod';
import type { RecordCaseReviewOutcomeInput } from '../../generated/graphql.ts';

/**
 * What the case review concluded about one item, written by the manager. The item being written
 * is part of the values, so that after "Logga in igen" the same item opens with its text.
 */
export const agendaOutcomeSchema = z.object({ itemId: z.string(), outcome: caseReviewText('agenda.errors.outcome') });

export function toRecordOutcomeInput(values: z.output<typeof agendaOutcomeSchema>): RecordCaseReviewOutcomeInput {
  return { itemId: values.itemId, outcome: values.outcome };
}
