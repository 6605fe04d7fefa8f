import { StaffRole, useMe, type NavigationItem } from '@omsorg/ui';
import { reactive, watchEffect } from 'vue';

const entries: Array<NavigationItem & { roles: StaffRole[] }> = [
  { to: '/inkorg', labelKey: 'applications.staff.nav.inbox', roles: [StaffRole.Caseworker, StaffRole.Manager] },
  { to: '/registrera-ansokan', labelKey: 'applications.staff.intake.nav', roles: [StaffRole.Caseworker, StaffRole.Manager] },
  { to: '/uppfoljningar', labelKey: 'applications.staff.nav.followUps', roles: [StaffRole.Caseworker, StaffRole.Manager] },
  { to: '/arendedragning', labelKey: 'applications.staff.nav.caseReview', roles: [StaffRole.Caseworker, StaffRole.Manager] },
  { to: '/beslut-att-fatta', labelKey: 'applications.staff.nav.decisionQueue', roles: [StaffRole.Manager] },
  { to: '/statistik', labelKey: 'applications.staff.nav.statistics', roles: [StaffRole.Manager, StaffRole.QualityCouncil] },
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
