import { useMe, type NavigationItem, type StaffRole } from '@omsorg/ui';
import { reactive, watchEffect } from 'vue';

const entries: Array<NavigationItem & { roles: StaffRole[] }> = [
  { to: '/inkorg', labelKey: 'applications.staff.nav.inbox', roles: ['CASEWORKER', 'MANAGER'] },
  { to: '/uppfoljningar', labelKey: 'applications.staff.nav.followUps', roles: ['CASEWORKER', 'MANAGER'] },
  { to: '/arendedragning', labelKey: 'applications.staff.nav.caseReview', roles: ['CASEWORKER', 'MANAGER'] },
  { to: '/beslut-att-fatta', labelKey: 'applications.staff.nav.decisionQueue', roles: ['MANAGER'] },
  { to: '/statistik', labelKey: 'applications.staff.nav.statistics', roles: ['MANAGER', 'QUALITY_COUNCIL'] },
];

/**
 * The menu shows what the signed-in person's roles open. The shell loads this remote only once
 * it knows who is signed in; the list follows if that changes.
 */
export const staffNavigation = reactive<NavigationItem[]>([]);

watchEffect(() => {
  const roles = useMe().staffMember.value?.roles ?? [];
  const allowed = entries.filter((entry) => entry.roles.some((role) => roles.includes(role))).map(({ to, labelKey }) => ({ to, labelKey }));
  staffNavigation.splice(0, staffNavigation.length, ...allowed);
});
