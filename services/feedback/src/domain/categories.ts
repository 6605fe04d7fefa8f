/** Klagomål, synpunkt/förslag, beröm, fråga/idé: the kinds of feedback the city registers. */
export const FEEDBACK_TYPES = ['COMPLAINT', 'SUGGESTION', 'PRAISE', 'QUESTION'] as const;
export type FeedbackType = (typeof FEEDBACK_TYPES)[number];

/** What the feedback concerns, as the units categorise it when they register it (diarieför). */
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

/** How the feedback arrived: the web form "Tyck till", a phone call, a letter or prepaid postcard, in person. */
export const FEEDBACK_CHANNELS = ['WEB', 'PHONE', 'LETTER', 'IN_PERSON'] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];
