import { birthDateOf, INVITATION_CODE_INPUT_MAX_LENGTH, invitationCode, normalizeInvitationCode } from '@omsorg/rules/outreach';
import { z } from 'zod';

/** Element ids in the form's order: the error summary follows it. */
export const openFieldIds = { code: 'invitation-code', day: 'birth-date-day', month: 'birth-date-month', year: 'birth-date-year' };

/**
 * The code (12 characters; lower case, spaces and hyphens are fine) and the birth date in three
 * fields. A date that is missing or does not exist is said once, on the day field, which the
 * whole date's legend and hint describe.
 */
export const openSchema = z
  .object({
    code: z.string(),
    day: z.string(),
    month: z.string(),
    year: z.string(),
  })
  .superRefine((values, context) => {
    // Checked here with the date, not per field, so one pass names every field to correct.
    const code = values.code.length > INVITATION_CODE_INPUT_MAX_LENGTH ? null : invitationCode.safeParse(values.code);
    if (!code?.success) context.addIssue({ code: 'custom', path: ['code'], message: code?.error.issues[0]?.message ?? 'validation.invitationCode.format' });
    const empty = [values.day, values.month, values.year].every((part) => part.trim() === '');
    if (empty) context.addIssue({ code: 'custom', path: ['day'], message: 'validation.birthDate.required' });
    else if (!birthDateOf(values)) context.addIssue({ code: 'custom', path: ['day'], message: 'validation.birthDate.invalid' });
  });

/** The checked values as the mutation takes them: the code normalised, the date as YYYY-MM-DD. */
export function toOpenInput(values: z.output<typeof openSchema>): { code: string; birthDate: string } {
  return { code: normalizeInvitationCode(values.code) ?? values.code, birthDate: birthDateOf(values) ?? '' };
}
