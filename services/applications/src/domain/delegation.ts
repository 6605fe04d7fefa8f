import type { StaffRole } from '@omsorg/platform';
import type { ServiceType } from './service-types.ts';

/** Services the delegation order reserves for the unit head and deputies (seed 002 L203). */
export const MANAGER_RESERVED_SERVICES: readonly ServiceType[] = ['NURSING_HOME', 'SERVICE_FLAT', 'SHORT_TERM_STAY'];
/** Home care above this many hours a month is also decided by a manager. */
export const HOME_CARE_CASEWORKER_MAX_HOURS = 99;
const HOME_CARE: readonly ServiceType[] = ['HOME_CARE_PERSONAL', 'HOME_CARE_SERVICE'];

export type DelegationCheck = { allowed: true } | { allowed: false; requiredRole: 'MANAGER'; reason: 'RESERVED_SERVICE' | 'HOURS_ABOVE_LIMIT' };

/** Which role the delegation order demands for deciding this service at this scope. */
export function requiredDeciderRole(serviceType: ServiceType, hoursPerMonth: number | null): DelegationCheck {
  if (MANAGER_RESERVED_SERVICES.includes(serviceType)) return { allowed: false, requiredRole: 'MANAGER', reason: 'RESERVED_SERVICE' };
  if (HOME_CARE.includes(serviceType) && (hoursPerMonth ?? 0) > HOME_CARE_CASEWORKER_MAX_HOURS) {
    return { allowed: false, requiredRole: 'MANAGER', reason: 'HOURS_ABOVE_LIMIT' };
  }
  return { allowed: true };
}

/**
 * Whether staff with these roles may decide. Caseworkers decide most services; managers may
 * decide everything. A caseworker may still propose what they may not decide.
 */
export function canDecide(roles: readonly StaffRole[], serviceType: ServiceType, hoursPerMonth: number | null): DelegationCheck {
  if (roles.includes('MANAGER')) return { allowed: true };
  if (!roles.includes('CASEWORKER')) return { allowed: false, requiredRole: 'MANAGER', reason: 'RESERVED_SERVICE' };
  return requiredDeciderRole(serviceType, hoursPerMonth);
}
