import { resolve } from 'node:path';

export type Audience = 'citizen' | 'staff';

/** `required`: only documents in the portals' manifests run; `allowed`: raw queries too (development, GraphiQL). */
export type TrustedDocumentsMode = 'required' | 'allowed';

export type OidcClientConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The portal this audience signs in to; /auth/callback is under it. */
  portalUrl: string;
};

export type GatewayConfig = {
  port: number;
  databaseUrl: string;
  internalJwtSecret: string;
  sessionSecret: string;
  supergraphPath: string;
  /** Subgraph name → GraphQL URL; overrides the URLs in the supergraph. */
  subgraphUrls: Record<string, string>;
  oidc: Record<Audience, OidcClientConfig>;
  /** Introspection and descriptive errors off in production. */
  production: boolean;
  /** Idle timeout and absolute lifetime (from sign-in, not extended by use). */
  sessions: { idleMinutes: number; maxHours: number };
  /** How long a user's rights (representations, roles, unit) are remembered before identity is asked again. */
  actorCacheSeconds: number;
  /**
   * Express's `trust proxy`: which proxies' X-Forwarded-For to believe, so `req.ip` is the
   * client's address (per-address rate limits depend on it). TRUST_PROXY, default loopback.
   */
  trustProxy: string | number;
  /**
   * Which GraphQL documents run (see trusted-documents.ts): TRUSTED_DOCUMENTS, `required` by
   * default in production, else `allowed`; the manifests are every `*.json` in
   * TRUSTED_DOCUMENTS_DIR, default `schema/operations/`.
   */
  trustedDocuments: { mode: TrustedDocumentsMode; dir: string };
};

const SUBGRAPH_DEFAULT_PORTS: Record<string, number> = { identity: 4101, applications: 4102, feedback: 4103, offerings: 4104, outreach: 4105 };

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, allowZero = false): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) throw new Error(`${name} must be a positive number`);
  return value;
}

function required(env: NodeJS.ProcessEnv, name: string, fallback?: string): string {
  const value = env[name] ?? fallback;
  if (!value) throw new Error(`${name} must be set`);
  return value;
}

export function trustedDocumentsMode(env: NodeJS.ProcessEnv): TrustedDocumentsMode {
  const mode = env.TRUSTED_DOCUMENTS || (env.NODE_ENV === 'production' ? 'required' : 'allowed');
  if (mode !== 'required' && mode !== 'allowed') throw new Error('TRUSTED_DOCUMENTS must be required or allowed');
  return mode;
}

/**
 * Reads the gateway's settings from the environment. Development defaults point at the local
 * identity provider; production must name every secret and issuer explicitly.
 */
export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const production = env.NODE_ENV === 'production';
  const dev = (value: string) => (production ? undefined : value);
  const idp = env.DEV_IDP_URL ?? 'http://localhost:4400';
  const subgraphUrls = Object.fromEntries(
    Object.entries(SUBGRAPH_DEFAULT_PORTS).map(([name, port]) => [
      name,
      env[`${name.toUpperCase()}_URL`] ?? `http://127.0.0.1:${env[`${name.toUpperCase()}_PORT`] ?? port}/graphql`,
    ]),
  );
  return {
    port: Number(env.GATEWAY_PORT ?? 4000),
    databaseUrl: required(env, 'DATABASE_URL'),
    internalJwtSecret: required(env, 'INTERNAL_JWT_SECRET'),
    sessionSecret: required(env, 'SESSION_SECRET', dev('development-session-secret-not-for-production')),
    supergraphPath: env.SUPERGRAPH_PATH ?? resolve(import.meta.dirname, '../../../schema/supergraph.graphql'),
    subgraphUrls,
    production,
    sessions: { idleMinutes: positiveNumber(env, 'SESSION_IDLE_MINUTES', 30), maxHours: positiveNumber(env, 'SESSION_MAX_HOURS', 12) },
    actorCacheSeconds: Math.min(positiveNumber(env, 'ACTOR_CACHE_SECONDS', 60, true), 60),
    trustProxy: /^\d+$/.test(env.TRUST_PROXY ?? '') ? Number(env.TRUST_PROXY) : (env.TRUST_PROXY ?? 'loopback'),
    trustedDocuments: { mode: trustedDocumentsMode(env), dir: env.TRUSTED_DOCUMENTS_DIR || resolve(import.meta.dirname, '../../../schema/operations') },
    oidc: {
      citizen: {
        issuer: required(env, 'CITIZEN_OIDC_ISSUER', dev(idp)),
        clientId: required(env, 'CITIZEN_OIDC_CLIENT_ID', dev('omsorg-citizen')),
        clientSecret: required(env, 'CITIZEN_OIDC_CLIENT_SECRET', dev('dev-citizen-secret')),
        portalUrl: required(env, 'CITIZEN_PORTAL_URL', dev('http://localhost:8080')),
      },
      staff: {
        issuer: required(env, 'STAFF_OIDC_ISSUER', dev(idp)),
        clientId: required(env, 'STAFF_OIDC_CLIENT_ID', dev('omsorg-staff')),
        clientSecret: required(env, 'STAFF_OIDC_CLIENT_SECRET', dev('dev-staff-secret')),
        portalUrl: required(env, 'STAFF_PORTAL_URL', dev('http://localhost:8081')),
      },
    },
  };
}
