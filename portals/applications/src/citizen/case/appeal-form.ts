import { APPEAL_TEXT_MAX_LENGTH } from '@omsorg/rules/applications';
import { z } from 'zod';
import type { AppealDecisionInput } from '../../generated/graphql.ts';
import { normaliseText } from '../text.ts';

export const appealMaxLength = APPEAL_TEXT_MAX_LENGTH;

/** "Överklaga beslutet": one of the decisions that may be appealed now, and what should change and why. */
export function appealSchema(appealable: () => readonly string[]) {
  return z.object({
    decisionId: z.string().refine((id) => appealable().includes(id), 'appeal.errors.decisionMissing'),
    text: z
      .string()
      .transform(normaliseText)
      .pipe(z.string().min(1, { message: 'appeal.errors.textMissing', abort: true }).max(APPEAL_TEXT_MAX_LENGTH, 'validation.tooLong')),
  });
}

export function toAppealInput(values: z.output<ReturnType<typeof appealSchema>>): AppealDecisionInput {
  return { decisionId: values.decisionId, text: values.text };
}
