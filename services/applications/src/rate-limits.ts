import { rateLimitRule } from '@omsorg/platform';

/** Applications a person starts (new drafts) per day: RATE_LIMIT_APPLICATIONS_STARTED, default 5/1d. */
export const applicationsStartedLimit = () => rateLimitRule('applications_started', { limit: 5, windowSeconds: 86_400 });

/** Applications a person sends per day: RATE_LIMIT_APPLICATIONS_SUBMITTED, default 5/1d. */
export const applicationsSubmittedLimit = () => rateLimitRule('applications_submitted', { limit: 5, windowSeconds: 86_400 });

/** Callback requests a person makes per day: RATE_LIMIT_CALLBACKS, default 3/1d. */
export const callbacksLimit = () => rateLimitRule('callbacks', { limit: 3, windowSeconds: 86_400 });

/** Files a person or staff member uploads: RATE_LIMIT_ATTACHMENTS, default 30/1h. */
export const attachmentsLimit = () => rateLimitRule('attachments', { limit: 30, windowSeconds: 3600 });
