import { rateLimitRule } from '@omsorg/platform';

/**
 * Lookups and registrations by personnummer a staff member makes: RATE_LIMIT_PERSON_LOOKUPS,
 * default 60/1h. Enough for a day at the phone; it stops a script walking the population register.
 */
export const personLookupsLimit = () => rateLimitRule('person_lookups', { limit: 60, windowSeconds: 3_600 });
