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
  /**
   * Writes the answer must wait for, running beside the rest of the request (see
   * `beforeAnswer`). Set by the GraphQL server; without it such a write is awaited where it starts.
   */
  beforeAnswer?: Promise<unknown>[];
};

/**
 * A write that must be done before the answer leaves (the access log of what the answer shows),
 * but need not hold up the rest of the request: in a GraphQL request it runs beside the
 * remaining resolvers, and the server sends nothing until it is committed (a failure becomes an
 * error, never data). Elsewhere it is simply awaited.
 */
export async function beforeAnswer(context: RequestContext, write: Promise<unknown>): Promise<void> {
  if (!context.beforeAnswer) {
    await write;
    return;
  }
  // Awaited by the server before it answers; the no-op keeps an early failure from being "unhandled".
  write.catch(() => {});
  context.beforeAnswer.push(write);
}
