import type { TakeApplicationInput } from '../../generated/graphql.ts';

type TakenCase = {
  id: string;
  version: number;
  applicant?: { legalGender?: TakeApplicationInput['applicantLegalGender']; fullName?: string | null; districtArea?: string | null } | null;
};

/**
 * Taking a case copies from identity's Person onto it: the legal gender (statistics split by
 * gender), the name (mail to a representative names whom it concerns; the provider's order) and
 * the district area (which providers may be chosen, LOV).
 */
export function takeInput(application: TakenCase): TakeApplicationInput {
  const applicant = application.applicant;
  return {
    id: application.id,
    version: application.version,
    applicantLegalGender: applicant?.legalGender ?? null,
    applicantName: applicant?.fullName ?? null,
    applicantDistrictArea: applicant?.districtArea ?? null,
  };
}
