import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';
import { addDaysTo } from './calendar.ts';

/** A provider returns the implementation plan within 14 days of the order (004 L2672). */
export const IMPLEMENTATION_PLAN_DAYS = 14;
/** A granted decision not carried out within three months is reported to IVO each quarter. */
export const DELIVERY_MONTHS = 3;

/** Within two working days of office hours (domain/callbacks.ts). */
export { callbackDueAt } from './callbacks.ts';

export function isCallbackOverdue(callback: { dueAt: Date; completedAt: Date | null }, now: Date): boolean {
  return callback.completedAt === null ? now > callback.dueAt : callback.completedAt > callback.dueAt;
}

/** The day a missing implementation plan becomes a deviation to follow up. */
export function implementationPlanDueOn(orderedOn: string): string {
  return addDaysTo(orderedOn, IMPLEMENTATION_PLAN_DAYS);
}

export function isImplementationPlanMissing(order: { orderedOn: string; planReceivedOn: string | null }, today: string): boolean {
  return order.planReceivedOn === null && today > implementationPlanDueOn(order.orderedOn);
}

/** The last day a granted service may start before it counts as not carried out. */
export function deliveryDeadline(decidedOn: string): string {
  return lightFormat(addMonths(parseISO(decidedOn), DELIVERY_MONTHS), 'yyyy-MM-dd');
}

export function isNotStartedInTime(decision: { decidedOn: string; startedOn: string | null }, today: string): boolean {
  const deadline = deliveryDeadline(decision.decidedOn);
  return decision.startedOn === null ? today > deadline : decision.startedOn > deadline;
}

/**
 * When a decision must be followed up: at least yearly, and when a time-limited decision
 * ends (no extension without follow-up), whichever comes first.
 */
export function followUpDueOn(decision: { validFrom: string; validTo: string | null }): { dueOn: string; reason: 'DECISION_ENDS' | 'YEARLY' } {
  const yearly = lightFormat(addMonths(parseISO(decision.validFrom), 12), 'yyyy-MM-dd');
  if (decision.validTo && decision.validTo <= yearly) return { dueOn: decision.validTo, reason: 'DECISION_ENDS' };
  return { dueOn: yearly, reason: 'YEARLY' };
}

export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}
