import type { SessionUser } from './request-identity.ts';

declare module 'express-session' {
  interface SessionData {
    user: SessionUser;
    login: { state: string; nonce: string; codeVerifier: string; returnTo: string };
  }
}
