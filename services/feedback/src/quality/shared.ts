import { accessDenied, isUuid, NotFoundFailure, ValidationFailure, type RequestContext, type StaffActor } from '@omsorg/platform';
import { addDaysTo } from '@omsorg/rules/swedish-calendar';
import { dayInStockholm } from '@omsorg/letters';
import { doesQualityWork, mayWorkOnUnitQuality } from '../domain/quality-access.ts';

/** Today in Stockholm, "YYYY-MM-DD". */
export function todayInStockholm(now: Date = new Date()): string {
  return dayInStockholm(now);
}

export { addDaysTo };

/** The actor doing quality work, or FORBIDDEN (UNAUTHENTICATED for a visitor, by the platform). */
export function qualityActor(context: RequestContext): StaffActor {
  if (!doesQualityWork(context.actor)) throw accessDenied(context);
  return context.actor;
}

/** ValidationError with message keys translated. */
export function invalid(context: RequestContext, issues: ReadonlyArray<{ field: string; message: string }>): ValidationFailure {
  return new ValidationFailure(context.t('validation.summary'), issues.map((issue) => ({ field: issue.field, message: context.t(issue.message) })));
}

/** A ValidationError on one field whose message takes parameters. */
export function invalidWithParams(context: RequestContext, field: string, key: string, params: Record<string, string>): ValidationFailure {
  return new ValidationFailure(context.t('validation.summary'), [{ field, message: context.t(key, params) }]);
}

/**
 * A record of the actor's unit by id, or NotFoundError: another unit's looks like none (the
 * same on purpose). FORBIDDEN first for anyone who does no quality work.
 */
export async function unitRecord<T extends { unit: string }>(context: RequestContext, load: (id: string) => Promise<T | null>, id: string): Promise<{ record: T; actor: StaffActor }> {
  const actor = qualityActor(context);
  const record = isUuid(id) ? await load(id) : null;
  if (!record || !mayWorkOnUnitQuality(actor, record.unit)) throw new NotFoundFailure(context.t('quality.notFound'));
  return { record, actor };
}

/** A query's read of a record of the actor's unit by id: null when it is not there or not the unit's. */
export async function visibleUnitRecord<T extends { unit: string }>(context: RequestContext, load: (id: string) => Promise<T | null>, id: string): Promise<T | null> {
  const actor = qualityActor(context);
  const record = isUuid(id) ? await load(id) : null;
  return record && mayWorkOnUnitQuality(actor, record.unit) ? record : null;
}
