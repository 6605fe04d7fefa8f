/**
 * The kinds of step in a feedback item's handling (FeedbackEvent). Each helper that adds a step
 * adds its kind here; the portal shows each with its own text ("feedback.event.<KIND>").
 */
export const FEEDBACK_EVENT_KINDS = [
  'RECEIVED',
  'REGISTERED',
  'CLASSIFIED',
  'ASSIGNED',
  'LINKED_TO_CASE',
  'INVESTIGATION_NOTE',
  'ACTION_RECORDED',
  'FORWARDED',
  'PROVIDER_ANSWERED',
  'ANSWERED',
  'ESCALATED_LEX_SARAH',
  'ON_COUNCIL_AGENDA',
  'CLOSED',
  'REOPENED',
  'PERSONAL_DATA_REMOVED',
] as const;
export type FeedbackEventKind = (typeof FEEDBACK_EVENT_KINDS)[number];

/** A text staff write about a step (a note, an action, an answer): at most this many characters. */
export const FEEDBACK_NOTE_MAX_LENGTH = 4000;
