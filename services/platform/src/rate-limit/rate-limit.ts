import { createHash } from 'node:crypto';
import { recordRateLimitRefusal } from '../telemetry/metrics.ts';

/** How many requests of one kind a subject may make per window. */
export type RateLimitRule = {
  /** Names the limit in the key and in the env variable RATE_LIMIT_<NAME>, e.g. "feedback". */
  name: string;
  /** Requests allowed per window; Infinity when switched off. */
  limit: number;
  windowSeconds: number;
};

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/**
 * A rule with its defaults, overridden by RATE_LIMIT_<NAME> ("10/1h", "5/1d", "20/10m") or
 * switched off with RATE_LIMIT_<NAME>=off. A malformed value stops the service at start-up.
 */
export function rateLimitRule(
  name: string,
  defaults: { limit: number; windowSeconds: number },
  env: Record<string, string | undefined> = process.env,
): RateLimitRule {
  const variable = `RATE_LIMIT_${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
  const value = env[variable]?.trim();
  if (!value) return { name, ...defaults };
  if (value === 'off') return { name, limit: Infinity, windowSeconds: defaults.windowSeconds };
  const match = /^(\d+)\/(\d+)([smhd])$/.exec(value);
  if (!match || Number(match[2]) === 0) throw new Error(`${variable} must look like 10/1h (or 20/10m, 5/1d, off), not "${value}"`);
  return { name, limit: Number(match[1]), windowSeconds: Number(match[2]) * UNIT_SECONDS[match[3]!]! };
}

/** Runs one SQL statement with `?` placeholders and returns its rows. */
export type SqlExecutor = (sql: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;

export type RateLimitOutcome = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one request of `subject` against `rule` in PostgreSQL, so the limit holds across
 * replicas: one atomic upsert per request, a window that starts at the subject's first request
 * and lasts `windowSeconds` (a new one starts at the first request after it ends). Times come
 * from the database clock, so replicas agree. Only a hash of rule and subject is stored.
 * Expired counters are removed whenever a new window starts. `table` is schema-qualified
 * ('"feedback"."rate_limit"').
 */
export async function consumeRateLimit(execute: SqlExecutor, table: string, rule: RateLimitRule, subject: string): Promise<RateLimitOutcome> {
  if (!Number.isFinite(rule.limit)) return { allowed: true };
  const key = createHash('sha256').update(`${rule.name}\u0000${subject}`).digest('hex');
  const rows = await execute(
    `insert into ${table} as counter ("key", "hits", "expires_at") values (?, 1, now() + make_interval(secs => ?))
     on conflict ("key") do update set
       "hits" = case when counter."expires_at" <= now() then 1 else counter."hits" + 1 end,
       "expires_at" = case when counter."expires_at" <= now() then excluded."expires_at" else counter."expires_at" end
     returning "hits", ceil(extract(epoch from counter."expires_at" - now()))::int as "retry_after"`,
    [key, rule.windowSeconds],
  );
  const hits = Number(rows[0]?.hits);
  if (hits === 1) await execute(`delete from ${table} where "expires_at" <= now()`, []);
  if (hits <= rule.limit) return { allowed: true };
  recordRateLimitRefusal(rule.name);
  return { allowed: false, retryAfterSeconds: Math.max(1, Number(rows[0]?.retry_after)) };
}

/**
 * Whether `subject` has already used up `rule` in its current window, without counting a
 * request: for a limit on failures (wrong invitation codes), which is checked before an attempt
 * and counted only when the attempt fails.
 */
export async function peekRateLimit(execute: SqlExecutor, table: string, rule: RateLimitRule, subject: string): Promise<RateLimitOutcome> {
  if (!Number.isFinite(rule.limit)) return { allowed: true };
  const key = createHash('sha256').update(`${rule.name}\u0000${subject}`).digest('hex');
  const rows = await execute(
    `select "hits", ceil(extract(epoch from "expires_at" - now()))::int as "retry_after" from ${table} where "key" = ? and "expires_at" > now()`,
    [key],
  );
  const hits = Number(rows[0]?.hits ?? 0);
  if (hits < rule.limit) return { allowed: true };
  recordRateLimitRefusal(rule.name);
  return { allowed: false, retryAfterSeconds: Math.max(1, Number(rows[0]?.retry_after)) };
}
