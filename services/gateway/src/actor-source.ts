import type { Actor } from '@omsorg/platform';
import type { IdentityClient, SignedInUser } from './identity-client.ts';

export type SessionActor = Exclude<Actor, { kind: 'anonymous' | 'system' }>;
type Entry = { actor: Promise<SessionActor | null>; expiresAt: number };

/** Enough for every member of staff and a busy hour of citizens; the oldest entry goes first. */
const MAX_ENTRIES = 20_000;

/**
 * The actor of a signed-in user as identity sees it now (representations in force, roles,
 * unit), remembered per user for at most `cacheSeconds`: a change in identity reaches every
 * open session within that time. Null means the user no longer exists or may do nothing.
 */
export function createActorSource(identity: Pick<IdentityClient, 'currentActor'>, cacheSeconds: number, now = () => Date.now()) {
  const cache = new Map<string, Entry>();
  return (user: SignedInUser): Promise<SessionActor | null> => {
    const key = `${user.kind}:${user.id}`;
    const cached = cache.get(key);
    if (cached && cached.expiresAt > now()) return cached.actor;
    cache.delete(key);
    const actor = identity.currentActor(user);
    const entry = { actor, expiresAt: now() + cacheSeconds * 1000 };
    if (cacheSeconds > 0) {
      if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
      cache.set(key, entry);
      // A failed look-up (identity unreachable) is not remembered.
      actor.catch(() => cache.get(key) === entry && cache.delete(key));
    }
    return actor;
  };
}

export type ActorSource = ReturnType<typeof createActorSource>;
