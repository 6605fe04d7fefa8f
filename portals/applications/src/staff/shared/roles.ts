import { StaffRole, useMe } from '@omsorg/ui';
import { computed } from 'vue';

/** Which parts of the work the signed-in staff member's roles open; the server decides in the end. */
export function useStaffRoles() {
  const { staffMember } = useMe();
  const has = (role: StaffRole) => staffMember.value?.roles.includes(role) ?? false;
  return {
    staffMember,
    isManager: computed(() => has(StaffRole.Manager)),
    isCaseworker: computed(() => has(StaffRole.Caseworker)),
    doesCasework: computed(() => has(StaffRole.Caseworker) || has(StaffRole.Manager)),
    seesStatistics: computed(() => has(StaffRole.Manager) || has(StaffRole.QualityCouncil)),
  };
}
