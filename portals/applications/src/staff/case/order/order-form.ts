import { isIsoDate } from '../../shared/dates.ts';
import { maxLength, type FormIssue } from '../../shared/form-issues.ts';

export interface OrderForm {
  providerId: string;
  goals: string;
  startOn: string;
}

export function validateOrder(form: OrderForm): FormIssue[] {
  const issues: FormIssue[] = [];
  if (!form.providerId) issues.push({ field: 'providerId', key: 'case.order.errors.provider' });
  if (!form.goals.trim()) issues.push({ field: 'goals', key: 'case.order.errors.goals' });
  issues.push(...maxLength(form.goals, 4000, 'goals'));
  if (!form.startOn) issues.push({ field: 'startOn', key: 'case.order.errors.startOn' });
  else if (!isIsoDate(form.startOn)) issues.push({ field: 'startOn', key: 'validation.dateFormat' });
  return issues;
}

export function toOrderInput(decisionId: string, form: OrderForm) {
  return { decisionId, providerId: form.providerId, goals: form.goals.trim(), startOn: form.startOn };
}

function pastDate(value: string, field: string, today: string, missingKey: string): FormIssue[] {
  if (!value) return [{ field, key: missingKey }];
  if (!isIsoDate(value)) return [{ field, key: 'validation.dateFormat' }];
  if (value > today) return [{ field, key: 'validation.dateInFuture' }];
  return [];
}

export function validatePlanReceived(receivedOn: string, today: string): FormIssue[] {
  return pastDate(receivedOn, 'receivedOn', today, 'case.order.errors.planDate');
}

export function toPlanInput(orderId: string, receivedOn: string) {
  return { orderId, receivedOn };
}

export function validateServiceStart(startedOn: string, today: string): FormIssue[] {
  return pastDate(startedOn, 'startedOn', today, 'case.order.errors.startedOn');
}

export function toServiceStartInput(decisionId: string, startedOn: string) {
  return { decisionId, startedOn };
}
