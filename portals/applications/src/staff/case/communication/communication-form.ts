import { isIsoDate } from '../../shared/dates.ts';
import { maxLength, type FormIssue } from '../../shared/form-issues.ts';

export const DEFAULT_RESPONSE_DAYS = 7;

export interface CommunicateForm {
  responseDays: string;
}

export function validateCommunicate(form: CommunicateForm): FormIssue[] {
  const text = form.responseDays.trim();
  if (!/^\d+$/.test(text)) return [{ field: 'responseDays', key: 'case.communication.errors.daysNumber' }];
  const days = Number(text);
  if (days < 1 || days > 60) return [{ field: 'responseDays', key: 'case.communication.errors.daysRange', params: { min: 1, max: 60 } }];
  return [];
}

export function toCommunicateInput(form: CommunicateForm, application: { id: string; version: number }) {
  return { applicationId: application.id, version: application.version, responseDays: Number(form.responseDays.trim()) };
}

export interface ResponseForm {
  receivedOn: string;
  response: string;
}

export function validateResponse(form: ResponseForm, today: string): FormIssue[] {
  const issues: FormIssue[] = [];
  if (!form.receivedOn) issues.push({ field: 'receivedOn', key: 'case.communication.errors.receivedOnMissing' });
  else if (!isIsoDate(form.receivedOn)) issues.push({ field: 'receivedOn', key: 'validation.dateFormat' });
  else if (form.receivedOn > today) issues.push({ field: 'receivedOn', key: 'validation.dateInFuture' });
  if (!form.response.trim()) issues.push({ field: 'response', key: 'case.communication.errors.responseMissing' });
  issues.push(...maxLength(form.response, 4000, 'response'));
  return issues;
}

export function toResponseInput(form: ResponseForm, application: { id: string; version: number }) {
  return { applicationId: application.id, version: application.version, response: form.response.trim(), receivedOn: form.receivedOn };
}
