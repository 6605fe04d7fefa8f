import connectPgSimple from 'connect-pg-simple';
import type { RequestHandler } from 'express';
import session from 'express-session';
import type pg from 'pg';
import { audienceOf } from './audience.ts';
import type { Audience, GatewayConfig } from './config.ts';
import './session-types.ts';

const IDLE_MINUTES = 60;

function isSecure(config: GatewayConfig, audience: Audience): boolean {
  return new URL(config.oidc[audience].portalUrl).protocol === 'https:';
}

/** Over https the cookie gets the __Host- prefix: no Domain, Secure, path /. */
export function sessionCookieName(config: GatewayConfig, audience: Audience): string {
  return isSecure(config, audience) ? `__Host-omsorg-${audience}` : `omsorg-${audience}`;
}

/**
 * Server-side sessions in PostgreSQL (schema "gateway"); the browser only holds an opaque,
 * httpOnly, SameSite cookie. Each portal has its own cookie.
 */
export function sessionMiddleware(config: GatewayConfig, pool: pg.Pool): RequestHandler {
  const PgStore = connectPgSimple(session);
  const store = new PgStore({ pool, schemaName: 'gateway', tableName: 'session', createTableIfMissing: false, pruneSessionInterval: 15 * 60 });
  const forAudience = (audience: Audience): RequestHandler => {
    const secure = isSecure(config, audience);
    return session({
      name: sessionCookieName(config, audience),
      secret: config.sessionSecret,
      store,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      proxy: true,
      cookie: { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: IDLE_MINUTES * 60_000 },
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
