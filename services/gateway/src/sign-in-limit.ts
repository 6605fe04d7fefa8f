import { clientFingerprint, consumeRateLimit, createTranslator, formatWait, platformMessages, rateLimitRule, type InternalTokenKey, type Logger, type SqlExecutor } from '@omsorg/platform';
import type { RequestHandler } from 'express';
import type pg from 'pg';

/** Sign-in attempts per client address: RATE_LIMIT_SIGN_IN, default 20/10m. */
export const signInRateLimit = () => rateLimitRule('sign_in', { limit: 20, windowSeconds: 600 });

/** The gateway's counters, next to its sessions. Created at start-up. */
export const RATE_LIMIT_TABLE = '"gateway"."rate_limit"';

const translate = createTranslator(platformMessages);

/** Runs the platform's `?`-placeholder SQL on a pg pool. */
export function pgExecutor(pool: pg.Pool): SqlExecutor {
  return async (sql, params) => {
    let index = 0;
    const result = await pool.query(
      sql.replace(/\?/g, () => `$${++index}`),
      params,
    );
    return result.rows as Array<Record<string, unknown>>;
  };
}

function page(wait: string): string {
  return `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>För många inloggningsförsök</title></head>
<body>
<main>
<h1>För många inloggningsförsök</h1>
<p>Du har försökt logga in många gånger på kort tid. Vänta ${wait} och försök igen.</p>
<p><a href="/">Till startsidan</a></p>
</main>
</body>
</html>
`;
}

/**
 * Counts sign-in attempts (/auth/login and /auth/callback) per client address, in PostgreSQL
 * so every gateway replica shares the count; over the limit the browser gets 429 and a page in
 * Swedish. The address is counted as a keyed hash, never stored.
 */
export function signInLimit(pool: pg.Pool, key: InternalTokenKey, log: Logger): RequestHandler {
  const execute = pgExecutor(pool);
  return (req, res, next) => {
    if (req.method !== 'GET' || (req.path !== '/login' && req.path !== '/callback')) return next();
    const subject = `client:${clientFingerprint(req.ip ?? 'unknown', key)}`;
    consumeRateLimit(execute, RATE_LIMIT_TABLE, signInRateLimit(), subject)
      .then((outcome) => {
        if (outcome.allowed) return next();
        log.info({ limit: 'sign_in' }, 'rate limit reached');
        const wait = formatWait(outcome.retryAfterSeconds, (messageKey, params) => translate('sv', messageKey, params));
        res.status(429).set('retry-after', String(outcome.retryAfterSeconds)).type('html').send(page(wait));
      })
      .catch(next);
  };
}
