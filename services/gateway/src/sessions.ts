import { randomBytes } from 'node:crypto';
import connectPgSimple from 'connect-pg-simple';
import type { Request, RequestHandler, Response } from 'express';
import session from 'express-session';
import { rateLimitTableSql } from '@omsorg/platform';
import type pg from 'pg';
import { audienceOf } from './audience.ts';
import type { Audience, GatewayConfig } from './config.ts';
import './session-types.ts';

function isSecure(config: GatewayConfig, audience: Audience): boolean {
  return new URL(config.oidc[audience].portalUrl).protocol === 'https:';
}

/** Over https the cookie gets the __Host- prefix: no Domain, Secure, path /. */
export function sessionCookieName(config: GatewayConfig, audience: Audience): string {
  return isSecure(config, audience) ? `__Host-omsorg-${audience}` : `omsorg-${audience}`;
}

/** Removes the session cookie; a __Host- cookie is only removed with the same Secure attribute. */
export function clearSessionCookie(res: Response, config: GatewayConfig, audience: Audience): void {
  res.clearCookie(sessionCookieName(config, audience), { path: '/', httpOnly: true, sameSite: 'lax', secure: isSecure(config, audience) });
}

/** Whether the request carried this audience's session cookie at all. */
export function sentSessionCookie(req: Request, config: GatewayConfig, audience: Audience): boolean {
  const name = sessionCookieName(config, audience);
  return (req.headers.cookie ?? '').split(';').some((part) => part.trim().startsWith(`${name}=`));
}

const GENERATED = Symbol('session generated in this request');

/** True when express-session made a new session here: the cookie's session was not found (ended, expired, unknown). */
export function sessionWasGenerated(req: Request): boolean {
  return (req as Request & { [GENERATED]?: boolean })[GENERATED] === true;
}

/**
 * Server-side sessions in PostgreSQL (schema "gateway"); the browser only holds an opaque,
 * httpOnly, SameSite cookie that lives until the browser closes. Each portal has its own
 * cookie. The row is written at sign-in and then only when session-gate records use (at most
 * once a minute): no rolling cookie, no touch on every request. Idle timeout and absolute
 * lifetime are enforced by session-gate; the row's own expiry lets PostgreSQL prune it.
 */
export function sessionMiddleware(config: GatewayConfig, pool: pg.Pool): RequestHandler {
  const PgStore = connectPgSimple(session);
  const store = new PgStore({
    pool,
    schemaName: 'gateway',
    tableName: 'session',
    createTableIfMissing: false,
    pruneSessionInterval: 15 * 60,
    ttl: Math.ceil(config.sessions.maxHours * 3600),
    disableTouch: true,
  });
  const forAudience = (audience: Audience): RequestHandler => {
    const secure = isSecure(config, audience);
    return session({
      name: sessionCookieName(config, audience),
      secret: config.sessionSecret,
      store,
      resave: false,
      saveUninitialized: false,
      rolling: false,
      proxy: true,
      genid: (req) => {
        (req as Request & { [GENERATED]?: boolean })[GENERATED] = true;
        return randomBytes(24).toString('base64url');
      },
      cookie: { httpOnly: true, sameSite: 'lax', secure, path: '/' },
    });
  };
  const handlers: Record<Audience, RequestHandler> = { citizen: forAudience('citizen'), staff: forAudience('staff') };
  return (req, res, next) => handlers[audienceOf(req, config)](req, res, next);
}

export const SESSION_TABLE_SQL = `
create schema if not exists gateway;
create table if not exists gateway.session (
  sid varchar primary key,
  sess json not null,
  expire timestamp(6) not null
);
create index if not exists session_expire_index on gateway.session (expire);
`;

/**
 * Creates the gateway's own tables (sessions, rate-limit counters) when they are missing.
 * Replicas start at once, and PostgreSQL's `create schema if not exists` is not safe against a
 * concurrent one (a unique violation on pg_namespace: one of two gateways started together
 * crashed). So the statements run as one transaction (one simple query) behind an advisory
 * lock: a second replica waits, then finds everything there.
 */
export async function ensureGatewayTables(pool: pg.Pool): Promise<void> {
  await pool.query(`select pg_advisory_xact_lock(hashtext('omsorg.gateway.tables'));\n${SESSION_TABLE_SQL}\n${rateLimitTableSql('gateway')}`);
}
