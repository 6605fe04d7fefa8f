import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../auth/actor.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Logger } from '../logging/logger.ts';

/** Everything a resolver may use; built once per request from the gateway's internal token. */
export type RequestContext = {
  actor: Actor;
  locale: Locale;
  /** The client's address as a keyed hash, when the request came through the gateway. */
  client?: string;
  /** Request-scoped unit of work: nothing leaks between requests. */
  em: EntityManager;
  log: Logger;
  /** Translates a message key into the requester's language. */
  t: (key: string, params?: Record<string, string | number>) => string;
};
