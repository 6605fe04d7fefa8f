/**
 * "Has current care services" ("har pågående insatser"), the fact outreach leaves people out of a
 * cohort by: the person has, today (Stockholm), a decision in force that grants a service.
 *
 * - In force: DECIDED. A proposal (PROPOSED) is not a decision yet; a decision a reconsidered
 *   appeal changed is SUPERSEDED and its replacement counts instead.
 * - Grants a service: GRANTED or PARTLY_GRANTED, never DENIED.
 * - Today within its period: validFrom on or before today, and validTo (the last day) empty or
 *   on or after today. A decision that takes effect later does not count yet; one that ended
 *   does not count any more.
 *
 * Whether the provider has started (ServiceOrder, startedOn) does not matter: the person has
 * the right to the service from validFrom. A court ruling (COURT_CHANGED) changes nothing here
 * until the unit records the new decision, which then supersedes the old one.
 */
export type CareDecision = {
  status: 'PROPOSED' | 'DECIDED' | 'SUPERSEDED';
  outcome: 'GRANTED' | 'PARTLY_GRANTED' | 'DENIED';
  /** YYYY-MM-DD */
  validFrom: string | null;
  /** YYYY-MM-DD, the last day; null until further notice. */
  validTo: string | null;
};

/** The decision grants a service that is in force on `day` (YYYY-MM-DD). */
export function grantsCareOn(decision: CareDecision, day: string): boolean {
  return (
    decision.status === 'DECIDED' &&
    decision.outcome !== 'DENIED' &&
    decision.validFrom !== null &&
    decision.validFrom <= day &&
    (decision.validTo === null || decision.validTo >= day)
  );
}

/** A person's decisions (every case of theirs) give them current care services on `today`. */
export function hasCurrentCareServices(decisions: readonly CareDecision[], today: string): boolean {
  return decisions.some((decision) => grantsCareOn(decision, today));
}
