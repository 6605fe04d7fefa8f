/**
 * What can happen to a case. Each is one append-only ApplicationEvent; the portals turn the
 * type into plain language. Internal ones are hidden from the applicant's timeline.
 */
export const EVENT_TYPES = [
  'DRAFT_STARTED',
  'SUBMITTED',
  'TAKEN',
  'ASSIGNED',
  'MARKED_URGENT',
  'INVESTIGATION_SAVED',
  'VIOLENCE_SCREENING_SAVED',
  'HOME_VISIT_BOOKED',
  'COMMUNICATED',
  'RESPONDED',
  'FLAGGED_FOR_CASE_REVIEW',
  'CASE_REVIEW_OUTCOME',
  'DECISION_PROPOSED',
  'DECIDED',
  'APPEALED',
  'APPEAL_RECONSIDERED',
  'APPEAL_FORWARDED',
  'COURT_OUTCOME',
  'ORDERED',
  'IMPLEMENTATION_PLAN_RECEIVED',
  'IMPLEMENTATION_PLAN_MISSING',
  'SERVICE_STARTED',
  'FOLLOW_UP_SCHEDULED',
  'FOLLOW_UP_DONE',
  'ATTACHMENT_ADDED',
  'PROVIDER_CHOSEN',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

const INTERNAL: readonly EventType[] = ['INVESTIGATION_SAVED', 'VIOLENCE_SCREENING_SAVED', 'FLAGGED_FOR_CASE_REVIEW', 'CASE_REVIEW_OUTCOME', 'DECISION_PROPOSED', 'IMPLEMENTATION_PLAN_MISSING', 'MARKED_URGENT'];

export function isVisibleToApplicant(type: EventType): boolean {
  return !INTERNAL.includes(type);
}
