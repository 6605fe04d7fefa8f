/**
 * The categories the units already report feedback by (DOMAIN.md, "Complaints, suggestions,
 * praise"; the annual reports' table, seeds 002 L541–566). One definition for the service, the
 * portals and the statistics.
 */

/** Klagomål, synpunkt/förslag, beröm, fråga/idé. */
export const FEEDBACK_TYPES = ['COMPLAINT', 'SUGGESTION', 'PRAISE', 'QUESTION'] as const;
export type FeedbackType = (typeof FEEDBACK_TYPES)[number];

/** What the feedback concerns ("vad gällde det"), as the units categorise it when they register it. */
export const FEEDBACK_SUBJECTS = [
  'OTHER',
  'STAFFING',
  'TREATMENT',
  'DECISION',
  'INFORMATION',
  'ROUTINES',
  'QUESTION_IDEA',
  'PHYSICAL_ENVIRONMENT',
  'PERSONAL_DATA',
  'COMPETENCE',
  'TECHNOLOGY',
  'ACCESSIBILITY',
  'MISSED_OR_DELAYED_SERVICE',
] as const;
export type FeedbackSubject = (typeof FEEDBACK_SUBJECTS)[number];

/** Who the sender is: brukare, närstående, medarbetare, patientnämnden, samverkanspart, annan/okänd. */
export const FEEDBACK_SOURCES = ['USER', 'RELATIVE', 'STAFF', 'PATIENT_BOARD', 'PARTNER', 'OTHER_UNKNOWN'] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];

/** How it arrived: the web form "Tyck till", a phone call, a letter, a prepaid postcard, in person. */
export const FEEDBACK_CHANNELS = ['WEB', 'PHONE', 'LETTER', 'POSTCARD', 'IN_PERSON'] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];

/** Whom it is about ("riktat mot"): the unit itself, a home-care provider, a nursing home, transport, the region. */
export const FEEDBACK_TARGETS = ['UNIT', 'HOME_CARE_PROVIDER', 'NURSING_HOME', 'TRANSPORT', 'REGION'] as const;
export type FeedbackTarget = (typeof FEEDBACK_TARGETS)[number];

/** How the sender wants an answer: not at all, by letter, by e-mail, by phone. */
export const ANSWER_CHANNELS = ['NONE', 'LETTER', 'EMAIL', 'PHONE'] as const;
export type AnswerChannel = (typeof ANSWER_CHANNELS)[number];

/** The sender's gender where known (staff set it; the statistics split by it). */
export const SENDER_GENDERS = ['WOMAN', 'MAN', 'UNKNOWN'] as const;
export type SenderGender = (typeof SENDER_GENDERS)[number];

/**
 * Where an item is in its handling. RECEIVED: nobody has looked at it; IN_PROGRESS: classified
 * or assigned and being handled; CLOSED: done (what was done is in its events). Whether it was
 * answered, forwarded or led to an action is recorded beside the status, not as one.
 */
export const FEEDBACK_STATUSES = ['RECEIVED', 'IN_PROGRESS', 'CLOSED'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** The tertials the units report by: T1 January–April, T2 May–August, T3 September–December (the annual report covers the year). */
export const TERTIALS = [1, 2, 3] as const;
export type Tertial = (typeof TERTIALS)[number];

/** The tertial of a month (1–12). */
export function tertialOfMonth(month: number): Tertial {
  if (month < 1 || month > 12 || !Number.isInteger(month)) throw new RangeError(`no month ${month}`);
  return month <= 4 ? 1 : month <= 8 ? 2 : 3;
}
