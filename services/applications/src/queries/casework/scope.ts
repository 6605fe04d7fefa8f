import { OptimisticLockError } from '@mikro-orm/core';
import { accessDenied, ConflictFailure, NotFoundFailure, ValidationFailure, type RequestContext, type StaffActor } from '@omsorg/platform';
import { doesCasework, isUuid, mayManageUnit, staffCaseFilter } from '../../domain/access.ts';
import type { DecisionIssue } from '../../domain/decision-rules.ts';
import { isDay, todayInStockholm } from '../../domain/stockholm-time.ts';
import { Application } from '../../entities/application.ts';
import { loggedCase } from './case-reads.ts';

/** The signed-in caseworker or manager, or the FORBIDDEN/UNAUTHENTICATED error for anyone else. */
export function caseworkActor(context: RequestContext): StaffActor {
  if (!doesCasework(context.actor)) throw accessDenied(context);
  return context.actor;
}

/** A manager of the unit, or FORBIDDEN. */
export function managerActor(context: RequestContext): StaffActor {
  const actor = caseworkActor(context);
  if (!mayManageUnit(actor)) throw accessDenied(context);
  return actor;
}

export function notFound(context: RequestContext, key = 'error.notFound'): NotFoundFailure {
  return new NotFoundFailure(context.t(key));
}

/**
 * The case with this id if the staff member may see it, with its requested services; anything
 * else (another unit, a draft, no such case) is the same NotFound. The read is logged: the
 * mutation's result shows the case.
 */
export async function loadCase(context: RequestContext, actor: StaffActor, id: string): Promise<Application> {
  if (!isUuid(id)) throw notFound(context, 'error.caseNotFound');
  const application = await context.em.findOne(Application, { id, ...staffCaseFilter(actor) }, { populate: ['requestedServices'] });
  if (!application) throw notFound(context, 'error.caseNotFound');
  return loggedCase(context, 'CaseChange', application);
}

/** The user saw `version`; if the case has moved on since, nothing may be saved. */
export function checkVersion(context: RequestContext, application: Application, version: number): void {
  if (application.version !== version) throw new ConflictFailure(context.t('error.caseConflict'), application.version);
}

/**
 * Saves a change to a case as one transaction. The case row itself is always touched, so its
 * version moves on with every change (also of its investigation, decisions or orders) and a
 * concurrent save with the same version fails here instead of overwriting.
 */
export async function saveCase(context: RequestContext, application: Application): Promise<void> {
  application.updatedAt = new Date();
  try {
    await context.em.flush();
  } catch (error) {
    if (!(error instanceof OptimisticLockError)) throw error;
    const current = await context.em.fork().findOne(Application, { id: application.id }, { fields: ['version'] });
    throw new ConflictFailure(context.t('error.caseConflict'), current?.version ?? application.version);
  }
}

/** Typed validation errors from domain issues, translated for the user. */
export function invalid(context: RequestContext, issues: ReadonlyArray<DecisionIssue>, prefix = ''): ValidationFailure {
  return new ValidationFailure(
    context.t('validation.summary'),
    issues.map((issue) => ({ field: prefix + issue.field, message: context.t(issue.key, issue.params) })),
  );
}

export function invalidField(context: RequestContext, field: string, key: string, params?: Record<string, string | number>): ValidationFailure {
  return invalid(context, [{ field, key, ...(params ? { params } : {}) }]);
}

/** A day that has happened: a real date, not after today (Stockholm). */
export function pastDayIssue(field: string, value: string): DecisionIssue | null {
  if (!isDay(value)) return { field, key: 'validation.day' };
  return value > todayInStockholm() ? { field, key: 'validation.notInFuture' } : null;
}

export function checkPastDay(context: RequestContext, field: string, value: string): void {
  const issue = pastDayIssue(field, value);
  if (issue) throw invalid(context, [issue]);
}
