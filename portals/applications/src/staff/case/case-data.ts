import type { StaffApplication } from '../types.ts';

/**
 * The applicant's own words live in the answers, per service type; each requested service gets
 * its text here so the pages can show it beside the service.
 */
export function withNeeds(application: StaffApplication): StaffApplication {
  const needsByType = new Map(application.answers.services.map((answer) => [answer.serviceType, answer.needs]));
  return {
    ...application,
    requestedServices: application.requestedServices.map((service) => ({ ...service, needs: service.needs ?? needsByType.get(service.serviceType) ?? '' })),
  };
}
