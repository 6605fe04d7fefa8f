import { rateLimitRule } from '@omsorg/platform';

/**
 * Wrong answers to one invitation code (a code that does not exist, or the wrong birth date)
 * before the code is locked: RATE_LIMIT_INVITATION_CODE_FAILURES, default 5/1d. Counted per code
 * (its hash), checked before every attempt, so a locked code says nothing more about its date.
 */
export const invitationCodeFailuresLimit = () => rateLimitRule('invitation_code_failures', { limit: 5, windowSeconds: 86_400 });

/**
 * Attempts to open an invitation from one client address, right or wrong:
 * RATE_LIMIT_INVITATION_OPENS, default 20/15m. Stops a script trying many codes.
 */
export const invitationOpensLimit = () => rateLimitRule('invitation_opens', { limit: 20, windowSeconds: 900 });

/**
 * Booking, moving and cancelling through an invitation from one client address:
 * RATE_LIMIT_INVITATION_BOOKINGS, default 30/15m. Plenty for a person who changes their mind,
 * too few for a script that tries to hold many times.
 */
export const invitationBookingsLimit = () => rateLimitRule('invitation_bookings', { limit: 30, windowSeconds: 900 });
