import { enforceRateLimit, rateLimitRule, RateLimitFailure, type RateLimitRule, type RequestContext } from '@omsorg/platform';
import { GraphQLError } from 'graphql';

/**
 * Lookups and registrations by personnummer a staff member makes: RATE_LIMIT_PERSON_LOOKUPS,
 * default 60/1h. Enough for a day at the phone; it stops a script walking the population register.
 */
export const personLookupsLimit = () => rateLimitRule('person_lookups', { limit: 60, windowSeconds: 3_600 });

/**
 * Searches by name a staff member makes (the inbox's "sök på namn"): RATE_LIMIT_PERSON_NAME_SEARCHES,
 * default 60/1m. More than a caseworker types; it stops a script enumerating the unit's persons.
 */
export const personNameSearchesLimit = () => rateLimitRule('person_name_searches', { limit: 60, windowSeconds: 60 });

/**
 * enforceRateLimit for a query, which has no typed result: over the limit it is a GraphQL error
 * coded RATE_LIMITED with retryAfterSeconds and the message in the user's language.
 */
export async function enforceQueryRateLimit(context: RequestContext, rule: RateLimitRule, subject: string, messageKey: string): Promise<void> {
  try {
    await enforceRateLimit(context, rule, subject, messageKey);
  } catch (error) {
    if (!(error instanceof RateLimitFailure)) throw error;
    throw new GraphQLError(error.message, { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: error.retryAfterSeconds } });
  }
}

/** Population extracts a staff member uploads: RATE_LIMIT_POPULATION_IMPORTS, default 10/1h. */
export const populationImportsLimit = () => rateLimitRule('population_imports', { limit: 10, windowSeconds: 3_600 });
