import { INVESTIGATION_RESPONSE_MAX_LENGTH } from '@omsorg/rules/applications';
import { z } from 'zod';
import type { RespondToInvestigationInput } from '../../generated/graphql.ts';
import { normaliseText } from '../text.ts';

export const responseMaxLength = INVESTIGATION_RESPONSE_MAX_LENGTH;

/** The applicant's response to the investigation sent for comment: some text, not too long. */
export const investigationResponseSchema = z.object({
  response: z
    .string()
    .transform(normaliseText)
    .pipe(z.string().min(1, { message: 'investigation.errors.missing', abort: true }).max(INVESTIGATION_RESPONSE_MAX_LENGTH, 'validation.tooLong')),
});

export function toResponseInput(applicationId: string, values: z.output<typeof investigationResponseSchema>): RespondToInvestigationInput {
  return { applicationId, response: values.response };
}
