import { maxLength, type FormIssue } from '../../shared/form-issues.ts';

/** FREDA short questions or REAGERA-S; the answers are kept as JSON text by the API. */
export const screeningMethods = ['FREDA', 'REAGERA_S'] as const;
export const screeningResults = ['NO_SIGNS', 'SIGNS', 'DECLINED'] as const;

export interface ViolenceScreening {
  askedOn: string | null;
  method: string;
  answers: string;
  notes: string;
}

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

export function validateScreening(form: ViolenceScreeningForm): FormIssue[] {
  const issues: FormIssue[] = [];
  if (!(screeningMethods as readonly string[]).includes(form.method)) issues.push({ field: 'method', key: 'case.investigation.screening.errors.method' });
  if (!(screeningResults as readonly string[]).includes(form.result)) issues.push({ field: 'answers', key: 'case.investigation.screening.errors.result' });
  issues.push(...maxLength(form.notes, 4000, 'notes'));
  return issues;
}

export function toScreeningInput(form: ViolenceScreeningForm, application: { id: string; version: number }) {
  return {
    applicationId: application.id,
    version: application.version,
    method: form.method,
    answers: JSON.stringify({ result: form.result }),
    notes: form.notes.trim() || null,
  };
}
