import { negotiateLocale, type Logger } from '@omsorg/platform';
import type { Request, RequestHandler, Response } from 'express';
import type { ActorSource, SessionActor } from './actor-source.ts';
import { audienceOf } from './audience.ts';
import type { GatewayConfig } from './config.ts';
import { translate } from './messages.ts';
import { clearSessionCookie, sentSessionCookie, sessionWasGenerated } from './sessions.ts';

/** Use is recorded (the session row rewritten) at most this often. */
const TOUCH_INTERVAL_MS = 60_000;

export type SessionVerdict = 'active' | 'idle' | 'expired';

/** Pure: whether a session signed in at `signedInAt` and last used at `lastSeenAt` may still be used at `now`. */
export function sessionVerdict(session: { signedInAt?: number; lastSeenAt?: number }, now: number, limits: GatewayConfig['sessions']): SessionVerdict {
  const { signedInAt, lastSeenAt } = session;
  if (typeof signedInAt !== 'number' || now - signedInAt > limits.maxHours * 3_600_000) return 'expired';
  if (typeof lastSeenAt !== 'number' || now - lastSeenAt > limits.idleMinutes * 60_000) return 'idle';
  return 'active';
}

/** Never more than once a minute; with a very short idle timeout (tests), often enough to honour it. */
export function touchIntervalMs(limits: GatewayConfig['sessions']): number {
  return Math.min(TOUCH_INTERVAL_MS, (limits.idleMinutes * 60_000) / 2);
}

function destroy(req: Request): Promise<void> {
  return new Promise((resolve) => req.session.destroy(() => resolve()));
}

/** The answer to any GraphQL request made with a session that has ended. */
export function answerSessionEnded(req: Request, res: Response, config: GatewayConfig): void {
  clearSessionCookie(res, config, audienceOf(req, config));
  const message = translate(negotiateLocale(req.headers['accept-language']), 'session.ended');
  res.status(401).json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' } }] });
}

/**
 * Runs before every GraphQL request: ends a session past its idle timeout or absolute
 * lifetime, or whose user identity no longer knows, and otherwise resolves the actor from
 * identity's current view (res.locals.actor). A request whose session has ended is answered
 * UNAUTHENTICATED with reason SESSION_ENDED, so the portal can offer "Logga in igen".
 */
export function sessionGate(config: GatewayConfig, actors: ActorSource, log: Logger, now = () => Date.now()): RequestHandler {
  return async (req, res, next) => {
    try {
      const user = req.session?.user;
      if (!user) {
        if (sentSessionCookie(req, config, audienceOf(req, config)) && sessionWasGenerated(req)) return answerSessionEnded(req, res, config);
        return next();
      }
      const at = now();
      const verdict = typeof user.kind === 'string' ? sessionVerdict(req.session, at, config.sessions) : 'expired';
      const actor: SessionActor | null = verdict === 'active' ? await actors(user) : null;
      if (!actor) {
        await destroy(req);
        return answerSessionEnded(req, res, config);
      }
      if (at - (req.session.lastSeenAt ?? 0) >= touchIntervalMs(config.sessions)) req.session.lastSeenAt = at;
      res.locals.actor = actor;
      next();
    } catch (error) {
      log.error({ err: error }, 'actor could not be resolved');
      res.status(503).json({ errors: [{ message: translate(negotiateLocale(req.headers['accept-language']), 'session.unavailable'), extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    }
  };
}
