import type { FilterQuery } from '@mikro-orm/core';
import { instantInStockholm } from '@omsorg/rules';
import type { FeedbackListScope } from '../domain/access.ts';
import type { FeedbackChannel, FeedbackStatus, FeedbackTarget, FeedbackType } from '../domain/categories.ts';
import type { Feedback } from '../entities/feedback.ts';

/** What the staff list can be narrowed to ("filtrera"). Days are Stockholm days, both inclusive. */
export type FeedbackListFilter = {
  status?: FeedbackStatus | null;
  type?: FeedbackType | null;
  target?: FeedbackTarget | null;
  channel?: FeedbackChannel | null;
  unit?: string | null;
  mine?: boolean | null;
  unassigned?: boolean | null;
  receivedFrom?: string | null;
  receivedTo?: string | null;
  referenceNumber?: string | null;
};

/** The policy's list scope as a filter (domain/access.ts feedbackListScope decides it). */
export function scopeWhere(scope: FeedbackListScope): FilterQuery<Feedback> {
  if (scope.kind === 'none') return { id: null };
  if (scope.kind === 'assigned') return { handlerId: scope.handlerId };
  return { $or: [{ unit: scope.unit }, { unit: null }, { handlerId: scope.handlerId }] };
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The scope and the filter together: one where clause, so the page and its count are two statements. */
export function listWhere(scope: FeedbackListScope, filter: FeedbackListFilter, staffId: string | null): FilterQuery<Feedback> {
  const parts: FilterQuery<Feedback>[] = [scopeWhere(scope)];
  if (filter.status) parts.push({ status: filter.status });
  if (filter.type) parts.push({ type: filter.type });
  if (filter.target) parts.push({ target: filter.target });
  if (filter.channel) parts.push({ channel: filter.channel });
  if (filter.unit) parts.push({ unit: filter.unit });
  if (filter.mine) parts.push({ handlerId: staffId });
  if (filter.unassigned) parts.push({ handlerId: null });
  if (filter.receivedFrom) parts.push({ receivedAt: { $gte: instantInStockholm(filter.receivedFrom, '00:00') } });
  if (filter.receivedTo) parts.push({ receivedAt: { $lt: instantInStockholm(nextDay(filter.receivedTo), '00:00') } });
  const reference = filter.referenceNumber?.trim().toUpperCase();
  if (reference) parts.push({ referenceNumber: reference });
  return { $and: parts };
}
