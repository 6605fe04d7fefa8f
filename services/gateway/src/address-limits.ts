import { clientFingerprint, consumeRateLimit, createTranslator, formatWait, platformMessages, rateLimitRule, type InternalTokenKey, type Logger, type RateLimitRule, type SqlExecutor } from '@omsorg/platform';
import type { Request, RequestHandler, Response } from 'express';
import type pg from 'pg';

/** Sign-in attempts per client address: RATE_LIMIT_SIGN_IN, default 20/10m. */
export const signInRateLimit = () => rateLimitRule('sign_in', { limit: 20, windowSeconds: 600 });

/** Reads of public files (calendar files) per client address: RATE_LIMIT_PUBLIC_FILES, default 300/10m. */
export const publicFilesRateLimit = () => rateLimitRule('public_files', { limit: 300, windowSeconds: 600 });

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

type AddressLimit = {
  rule: () => RateLimitRule;
  /** Which requests count; the others pass untouched. */
  counts: (req: Request) => boolean;
  /** The answer over the limit, with the wait in words ("3 minuter"). */
  refuse: (res: Response, wait: string) => void;
};

/**
 * Counts requests per client address, in PostgreSQL so every gateway replica shares the count;
 * over the limit the client gets 429 with Retry-After. The address is counted as a keyed hash,
 * never stored.
 */
function limitPerAddress(pool: pg.Pool, key: InternalTokenKey, log: Logger, limit: AddressLimit): RequestHandler {
  const execute = pgExecutor(pool);
  return (req, res, next) => {
    if (!limit.counts(req)) return next();
    const rule = limit.rule();
    const subject = `client:${clientFingerprint(req.ip ?? 'unknown', key)}`;
    consumeRateLimit(execute, RATE_LIMIT_TABLE, rule, subject)
      .then((outcome) => {
        if (outcome.allowed) return next();
        log.info({ limit: rule.name }, 'rate limit reached');
        const wait = formatWait(outcome.retryAfterSeconds, (messageKey, params) => translate('sv', messageKey, params));
        res.status(429).set('retry-after', String(outcome.retryAfterSeconds));
        limit.refuse(res, wait);
      })
      .catch(next);
  };
}

/** Sign-in attempts (/auth/login and /auth/callback) per client address; over the limit a page in Swedish. */
export const signInLimit = (pool: pg.Pool, key: InternalTokenKey, log: Logger): RequestHandler =>
  limitPerAddress(pool, key, log, {
    rule: signInRateLimit,
    counts: (req) => req.method === 'GET' && (req.path === '/login' || req.path === '/callback'),
    refuse: (res, wait) => void res.type('html').send(page(wait)),
  });

/**
 * Reads of the public files (PUBLIC_FILE_ROUTES: the activities' calendar files) per client
 * address: anyone may fetch them without signing in, so a stranger's loop is slowed here before
 * it reaches the offerings service. A calendar app polling a venue's calendar every few minutes
 * stays far below it.
 */
export const publicFileLimit = (pool: pg.Pool, key: InternalTokenKey, log: Logger): RequestHandler =>
  limitPerAddress(pool, key, log, {
    rule: publicFilesRateLimit,
    counts: (req) => req.method === 'GET' || req.method === 'HEAD',
    refuse: (res, wait) => void res.type('text/plain').send(`För många hämtningar på kort tid. Vänta ${wait} och försök igen.\n`),
  });
