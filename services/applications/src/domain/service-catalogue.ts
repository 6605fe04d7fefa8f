import { MANAGER_RESERVED_SERVICES } from './delegation.ts';
import { SERVICE_TYPES, type ServiceType } from './service-types.ts';

export type ServiceTypeInfo = {
  type: ServiceType;
  /**
   * Whether the service is granted only after an individual needs assessment. The Social
   * Services Act of 2025 lets a municipality offer some services without one; none of the
   * services in this catalogue is offered that way here yet, so the flag is data, not code.
   */
  needsAssessment: boolean;
  /** Whether the delegation order reserves the decision for a manager. */
  managerDecides: boolean;
};

const OFFERED_WITHOUT_ASSESSMENT: readonly ServiceType[] = [];

/** The services a citizen can apply for, in the order the portal shows them. */
export function serviceCatalogue(): ServiceTypeInfo[] {
  return SERVICE_TYPES.map((type) => ({
    type,
    needsAssessment: !OFFERED_WITHOUT_ASSESSMENT.includes(type),
    managerDecides: MANAGER_RESERVED_SERVICES.includes(type),
  }));
}
