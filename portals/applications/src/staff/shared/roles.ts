import { useMe, type StaffRole } from '@omsorg/ui';
import { computed } from 'vue';

/** Which parts of the work the signed-in staff member's roles open; the server decides in the end. */
export function useStaffRoles() {
  const { staffMember } = useMe();
  const has = (role: StaffRole) => staffMember.value?.roles.includes(role) ?? false;
  return {
    staffMember,
    isManager: computed(() => has('MANAGER')),
    isCaseworker: computed(() => has('CASEWORKER')),
    doesCasework: computed(() => has('CASEWORKER') || has('MANAGER')),
    seesStatistics: computed(() => has('MANAGER') || has('QUALITY_COUNCIL')),
  };
}
