import { hasRole, type Actor, type StaffActor } from '@omsorg/platform';

/*
 * Who may do what with the user survey: pure functions, asked on every path (GraphQL resolvers
 * of survey/*.ts), each rule with a test that someone who may not, cannot (survey-access.test.ts,
 * and the integration tests of each path).
 *
 * - A unit's surveys (create, enter paper questionnaires, results, the national results' import,
 *   the indicators) are for its quality council (QUALITY_COUNCIL) and managers (MANAGER).
 * - A survey is answered online by a person with current care services (as applications last
 *   said), or by their representative for them, once per survey, while it is open.
 */

/** Survey work at all: the quality council and managers. */
export function doesSurveyWork(actor: Actor): actor is StaffActor {
  return hasRole(actor, 'QUALITY_COUNCIL') || hasRole(actor, 'MANAGER');
}

/** A unit's surveys, their paper entry, results and national figures: that unit's quality council and managers. */
export function mayManageSurveysOf(actor: Actor, unit: string): actor is StaffActor {
  return doesSurveyWork(actor) && actor.unit === unit;
}

/** The facts the answer rule needs about the person answered for. */
export type SurveyAnswerFacts = {
  /** Applications' last word: the person has current care services. */
  hasCurrentCareServices: boolean;
  /** The person has already answered this survey online. */
  alreadyAnswered: boolean;
  /** Today (Stockholm) is within the survey's open days. */
  surveyOpen: boolean;
};

/** The people a signed-in citizen may answer for: themself and those they represent now. */
export function surveyRespondentsOf(actor: Actor): string[] {
  return actor.kind === 'person' ? [actor.personId, ...actor.actingFor] : [];
}

/** May answer the survey for `personId`: signed in as them or their representative, they have services, not answered yet, open. */
export function mayAnswerSurveyFor(actor: Actor, personId: string, facts: SurveyAnswerFacts): boolean {
  return surveyRespondentsOf(actor).includes(personId) && facts.hasCurrentCareServices && !facts.alreadyAnswered && facts.surveyOpen;
}
