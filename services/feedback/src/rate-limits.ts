import { rateLimitRule } from '@omsorg/platform';

/** Feedback per sender: per client address when anonymous (RATE_LIMIT_FEEDBACK, default 10/1h). */
export const feedbackRateLimit = () => rateLimitRule('feedback', { limit: 10, windowSeconds: 3600 });
