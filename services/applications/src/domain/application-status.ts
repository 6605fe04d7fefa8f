/**
 * DRAFT being filled in by the citizen; SUBMITTED waiting in the inbox; IN_INVESTIGATION taken
 * by a caseworker; COMMUNICATED investigation sent for the applicant's response; DECIDED every
 * requested service decided; CLOSED withdrawn or finished.
 */
export const APPLICATION_STATUSES = ['DRAFT', 'SUBMITTED', 'IN_INVESTIGATION', 'COMMUNICATED', 'DECIDED', 'CLOSED'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** How the application reached the unit (recorded for statistics). */
export const APPLICATION_CHANNELS = ['WEB', 'PHONE', 'CONTACT_CENTRE', 'HOSPITAL_DISCHARGE', 'OUTREACH', 'PAPER'] as const;
export type ApplicationChannel = (typeof APPLICATION_CHANNELS)[number];
