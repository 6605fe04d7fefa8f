export const feedbackTypes = ['COMPLAINT', 'SUGGESTION', 'PRAISE', 'QUESTION'] as const;
export type FeedbackType = (typeof feedbackTypes)[number];

/** In the order of their Swedish names, as a person scans the list. */
export const feedbackSubjects = [
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
export type FeedbackSubject = (typeof feedbackSubjects)[number];

export interface SubmitFeedbackInput {
  type: FeedbackType;
  subject: FeedbackSubject;
  text: string;
  anonymous: boolean;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
}

export interface Feedback {
  id: string;
  referenceNumber: string;
  type: FeedbackType;
  subject: FeedbackSubject;
  text: string;
  anonymous: boolean;
  receivedAt: string;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

export interface ValidationIssue {
  field: string;
  message: string;
}

export type SubmitFeedbackResult =
  | { __typename: 'MutationSubmitFeedbackSuccess'; data: Pick<Feedback, 'id' | 'referenceNumber' | 'type' | 'subject' | 'anonymous' | 'receivedAt'> }
  | { __typename: 'ValidationError'; message: string; issues: ValidationIssue[] }
  | { __typename: 'RateLimitError'; message: string; retryAfterSeconds: number };

export interface FeedbackPage {
  nodes: Feedback[];
  totalCount: number;
  hasNextPage: boolean;
}
