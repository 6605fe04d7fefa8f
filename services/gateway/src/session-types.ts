import type { SessionUser } from './request-identity.ts';

declare module 'express-session' {
  interface SessionData {
    user: SessionUser;
    /** Epoch milliseconds of sign-in: the absolute lifetime counts from here. */
    signedInAt: number;
    /** Epoch milliseconds of the last recorded use, updated at most once a minute. */
    lastSeenAt: number;
    login: { state: string; nonce: string; codeVerifier: string; returnTo: string };
  }
}
