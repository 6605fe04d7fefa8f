import { rateLimitRule } from '@omsorg/platform';

/** Registrations without signing in, per client address (RATE_LIMIT_OFFERINGS_REGISTRATION, default 10/1h). */
export const anonymousRegistrationRateLimit = () => rateLimitRule('offerings_registration', { limit: 10, windowSeconds: 3600 });

/** Cancelling with a code, per client address (RATE_LIMIT_OFFERINGS_CANCEL_CODE, default 10/1h): guessing codes stays slow. */
export const cancelCodeRateLimit = () => rateLimitRule('offerings_cancel_code', { limit: 10, windowSeconds: 3600 });
