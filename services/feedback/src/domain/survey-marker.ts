import { createHmac } from 'node:crypto';

/** The development pepper: fine on a laptop, refused in production. */
export const DEVELOPMENT_SURVEY_PEPPER = 'omsorg-development-survey-participation-pepper';

/**
 * The pepper from `SURVEY_PEPPER` (at least 32 characters). Unset, development uses a fixed
 * default; production refuses to answer without one. Changing it lets everyone answer the open
 * surveys once more.
 */
export function surveyPepper(env: Record<string, string | undefined> = process.env): string {
  const pepper = env.SURVEY_PEPPER;
  if (pepper) {
    if (pepper.length < 32) throw new Error('SURVEY_PEPPER must be at least 32 characters');
    return pepper;
  }
  if (env.NODE_ENV === 'production') throw new Error('SURVEY_PEPPER is required in production');
  return DEVELOPMENT_SURVEY_PEPPER;
}

/** That `personId` answered `surveyId`, as a keyed hash (64 hex digits): the same for the same two, unreadable without the pepper. */
export function participationMarker(surveyId: string, personId: string, pepper: string): string {
  return createHmac('sha256', pepper).update(`${surveyId}:${personId}`, 'utf8').digest('hex');
}
