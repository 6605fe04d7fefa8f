import type { StaffCaseFieldsFragment, StaffCaseSupportQuery, StaffDecisionFieldsFragment } from '../../generated/graphql.ts';

/** A decision of a requested service, as the case pages read it (fragment StaffDecisionFields). */
export type CaseDecision = StaffDecisionFieldsFragment;
/** A requested service with the applicant's own words for it (from the answers; see withNeeds). */
export type CaseService = StaffCaseFieldsFragment['requestedServices'][number] & { needs: string };
/** The case as its pages hold it: the applicant read (see CaseLayout), each service with its words. */
export type CaseApplication = Omit<StaffCaseFieldsFragment, 'applicant' | 'requestedServices'> & {
  applicant: NonNullable<StaffCaseFieldsFragment['applicant']>;
  requestedServices: CaseService[];
};
export type CaseSupport = StaffCaseSupportQuery;
export type CaseLegalProvision = CaseSupport['legalProvisions'][number];

/**
 * The applicant's own words live in the answers, per service type; each requested service gets
 * its text here so the pages can show it beside the service. Null while identity does not yet
 * let the unit read the applicant (a case submitted seconds ago).
 */
export function withNeeds(application: StaffCaseFieldsFragment): CaseApplication | null {
  const { applicant } = application;
  if (!applicant) return null;
  const needsByType = new Map(application.answers.services.map((answer) => [answer.serviceType, answer.needs]));
  return {
    ...application,
    applicant,
    requestedServices: application.requestedServices.map((service) => ({ ...service, needs: needsByType.get(service.serviceType) ?? '' })),
  };
}
export type CaseTimelineEvent = CaseApplication['timeline'][number];
