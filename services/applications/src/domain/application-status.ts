export const APPLICATION_STATUSES = ['DRAFT', 'SUBMITTED', 'IN_INVESTIGATION', 'DECIDED', 'CLOSED'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
