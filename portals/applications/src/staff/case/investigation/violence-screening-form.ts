import { z } from 'zod';
import type { SaveViolenceScreeningInput, StaffViolenceScreeningQuery } from '../../../generated/graphql.ts';

/** FREDA short questions or REAGERA-S; the answers are kept as JSON text by the API. */
export const screeningMethods = ['FREDA', 'REAGERA_S'] as const;
export const screeningResults = ['NO_SIGNS', 'SIGNS', 'DECLINED'] as const;

export type ViolenceScreening = NonNullable<NonNullable<NonNullable<StaffViolenceScreeningQuery['application']>['investigation']>['violenceScreening']>;

export interface ViolenceScreeningForm {
  method: string;
  result: string;
  notes: string;
}

export function screeningFormFrom(saved: ViolenceScreening | null): ViolenceScreeningForm {
  if (!saved) return { method: '', result: '', notes: '' };
  return { method: saved.method, result: resultOf(saved), notes: saved.notes ?? '' };
}

export function resultOf(saved: Pick<ViolenceScreening, 'answers'>): string {
  try {
    const parsed = JSON.parse(saved.answers) as { result?: unknown };
    return typeof parsed.result === 'string' ? parsed.result : '';
  } catch {
    return '';
  }
}

/** Which method was used and what came of it; notes are optional. */
export const screeningSchema = z.object({
  method: z.string().refine((value) => (screeningMethods as readonly string[]).includes(value), 'case.investigation.screening.errors.method'),
  result: z.string().refine((value) => (screeningResults as readonly string[]).includes(value), 'case.investigation.screening.errors.result'),
  notes: z.string().trim().max(4000, 'validation.tooLong'),
});

export function toScreeningInput(form: z.output<typeof screeningSchema>, application: { id: string; version: number }): SaveViolenceScreeningInput {
  return {
    applicationId: application.id,
    version: application.version,
    method: form.method,
    answers: JSON.stringify({ result: form.result }),
    notes: form.notes || null,
  };
}
