import { useI18n } from 'vue-i18n';
import type { StaffCaseLinkFragment } from '../../generated/graphql.ts';

/**
 * The name of the person a listed case is about. Null for a moment after a citizen submits,
 * until identity lets the unit read the person (person-pending.ts): the row still lists.
 */
export function useApplicantName(): (link: StaffCaseLinkFragment) => string {
  const { t } = useI18n();
  return (link) => link.applicant?.fullName ?? t('applications.staff.common.personPending');
}
