import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.ts';
import { RateLimitFailure } from '../graphql/user-errors.ts';
import { consumeRateLimit, peekRateLimit, type RateLimitRule } from './rate-limit.ts';
import { execute } from '../database/execute.ts';

/** "12 minuter", "3 timmar": the wait, rounded up, in the user's language. */
export function formatWait(seconds: number, t: RequestContext['t']): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  if (minutes < 90) return minutes === 1 ? t('wait.minute') : t('wait.minutes', { count: minutes });
  const hours = Math.ceil(minutes / 60);
  return hours === 1 ? t('wait.hour') : t('wait.hours', { count: hours });
}

/**
 * Counts one request against the rule in the service's own rate_limit table (the service adds
 * RateLimitCounterSchema to its entities) and throws RateLimitFailure when it is over.
 * `messageKey` names what was sent ("Du har skickat många ansökningar …"), with {wait}.
 * With `em` in a transaction, the count is part of it: it stands only if the change commits,
 * and it uses the transaction's connection (never a second one from the pool while holding
 * the first). Without, it is counted at once, whatever happens next.
 */
export async function enforceRateLimit(
  context: RequestContext,
  rule: RateLimitRule,
  subject: string,
  messageKey = 'error.rateLimited',
  em: EntityManager = context.em,
): Promise<void> {
  const schema = em.config.get('schema');
  const outcome = await consumeRateLimit((sql, params) => execute(em, sql, params), `"${schema}"."rate_limit"`, rule, subject);
  if (outcome.allowed) return;
  context.log.info({ limit: rule.name }, 'rate limit reached');
  throw new RateLimitFailure(context.t(messageKey, { wait: formatWait(outcome.retryAfterSeconds, context.t) }), outcome.retryAfterSeconds);
}

/**
 * Throws RateLimitFailure when `subject` has already reached the rule's limit in this window,
 * without counting this request (peekRateLimit): for limits on failed attempts, counted with
 * enforceRateLimit only when an attempt fails.
 */
export async function refuseIfRateLimited(context: RequestContext, rule: RateLimitRule, subject: string, messageKey = 'error.rateLimited'): Promise<void> {
  const em = context.em;
  const outcome = await peekRateLimit((sql, params) => execute(em, sql, params), `"${em.config.get('schema')}"."rate_limit"`, rule, subject);
  if (outcome.allowed) return;
  context.log.info({ limit: rule.name }, 'rate limit reached');
  throw new RateLimitFailure(context.t(messageKey, { wait: formatWait(outcome.retryAfterSeconds, context.t) }), outcome.retryAfterSeconds);
}

/**
 * Whom a limit counts: the signed-in person or staff member, else the client's address (as the
 * gateway's keyed hash). Undefined for a request that did not come through the gateway from a
 * browser: there is nothing to count it by.
 */
export function rateLimitSubject(context: RequestContext): string | undefined {
  const { actor } = context;
  if (actor.kind === 'person') return `person:${actor.personId}`;
  if (actor.kind === 'staff') return `staff:${actor.staffId}`;
  return context.client ? `client:${context.client}` : undefined;
}
