import type { ServiceType } from './service-types.ts';

/** The shapes of the applications API as the citizen pages ask for them (see operations.ts). */
export type ApplicationStatus = 'DRAFT' | 'SUBMITTED' | 'IN_INVESTIGATION' | 'COMMUNICATED' | 'DECIDED' | 'CLOSED';
export type ContactMethod = 'PHONE' | 'EMAIL' | 'LETTER';
export type DecisionOutcome = 'GRANTED' | 'PARTLY_GRANTED' | 'DENIED';
export type DecisionStatus = 'PROPOSED' | 'DECIDED' | 'SUPERSEDED';
export type AppealStatus = 'RECEIVED' | 'CHANGED_ON_RECONSIDERATION' | 'FORWARDED_TO_COURT' | 'COURT_UPHELD' | 'COURT_CHANGED' | 'COURT_DISMISSED';
export type LifeArea = 'PERSONAL_CARE' | 'HOUSEHOLD' | 'MOBILITY' | 'SOCIAL_LIFE' | 'HEALTH' | 'NUTRITION' | 'SAFETY';

export interface PersonName {
  id: string;
  fullName: string;
}

export interface ApplicationAnswers {
  services: Array<{ serviceType: ServiceType; needs: string }>;
  livesAlone: boolean | null;
  helpFromRelatives: string;
  recentHospitalStay: boolean | null;
  contactMethod: ContactMethod | null;
  phone: string;
  email: string;
  bestTime: string;
  language: string;
  interpreterNeeded: boolean | null;
  consentToContactHealthCare: boolean | null;
}

/** Every field optional: a draft is saved whatever is filled in so far. */
export interface ApplicationAnswersInput {
  services?: Array<{ serviceType: ServiceType; needs: string }>;
  livesAlone?: boolean;
  helpFromRelatives?: string;
  recentHospitalStay?: boolean;
  contactMethod?: ContactMethod;
  phone?: string;
  email?: string;
  bestTime?: string;
  language?: string;
  interpreterNeeded?: boolean;
  consentToContactHealthCare?: boolean;
}

export interface DraftApplication {
  id: string;
  reference: string | null;
  status: ApplicationStatus;
  version: number;
  draftStep: string | null;
  submittedAt: string | null;
  applicant: PersonName;
  answers: ApplicationAnswers;
}

export interface ApplicationSummary {
  id: string;
  reference: string | null;
  status: ApplicationStatus;
  createdAt: string;
  submittedAt: string | null;
  draftStep: string | null;
  applicant: PersonName;
  requestedServices: Array<{ id: string; serviceType: ServiceType }>;
  /** what a draft has chosen so far (requestedServices are made when it is sent) */
  answers: { services: Array<{ serviceType: ServiceType }> };
}

export interface ApplicationPage<T> {
  nodes: T[];
  totalCount: number;
  hasNextPage: boolean;
}

export interface Appeal {
  id: string;
  receivedOn: string;
  inTime: boolean;
  status: AppealStatus;
  forwardedOn: string | null;
  courtDecidedOn: string | null;
}

export interface Decision {
  id: string;
  status: DecisionStatus;
  outcome: DecisionOutcome;
  hoursPerMonth: number | null;
  validFrom: string | null;
  validTo: string | null;
  motivation: string;
  decidedAt: string | null;
  notifiedOn: string | null;
  appealDeadline: string | null;
  canAppeal: boolean;
  appeals: Appeal[];
}

export interface RequestedService {
  id: string;
  serviceType: ServiceType;
  needs: string;
  decision: Decision | null;
  decisions: Array<Pick<Decision, 'id' | 'status' | 'appeals'>>;
}

export interface TimelineEvent {
  id: string;
  at: string;
  type: string;
  data: string | null;
}

export interface CommunicatedInvestigation {
  communicatedAt: string;
  responseDueOn: string;
  lifeAreas: Array<{ area: LifeArea; needs: string; wishes: string; resources: string }>;
  serviceDescriptions: Array<{ requestedServiceId: string; serviceType: ServiceType; text: string }>;
  response: string | null;
  respondedAt: string | null;
  canRespond: boolean;
}

export interface CaseDetails {
  id: string;
  reference: string | null;
  status: ApplicationStatus;
  createdAt: string;
  submittedAt: string | null;
  draftStep: string | null;
  applicant: PersonName;
  submittedBy: PersonName | null;
  answers: Pick<ApplicationAnswers, 'email'>;
  requestedServices: RequestedService[];
  timeline: TimelineEvent[];
  communicatedInvestigation: CommunicatedInvestigation | null;
}

export interface DecisionLetter {
  fileName: string;
  contentBase64: string;
}

export interface CaseAccess {
  at: string;
  /** name and title are missing when identity does not let the citizen read them */
  staff: { id: string; name?: string; title?: string };
}

export interface CallbackRequest {
  id: string;
  person: PersonName;
  phone: string;
  message: string;
  requestedAt: string;
  dueAt: string;
  completedAt: string | null;
}

export interface ValidationIssue {
  field: string;
  message: string;
}

export type ValidationErrorResult = { __typename: 'ValidationError'; message: string; issues: ValidationIssue[] };
export type ConflictErrorResult = { __typename: 'ConflictError'; message: string; currentVersion: number };
/** Too many of these in a short time; the message says how long to wait, in the person's language. */
export type RateLimitErrorResult = { __typename: 'RateLimitError'; message: string; retryAfterSeconds: number };
export type NotFoundErrorResult = { __typename: 'NotFoundError'; message: string };

/** A typed mutation result: the success wrapper the errors plugin makes, or one of the errors. */
export type MutationResult<Success extends string, T, E extends { __typename: string }> = { __typename: Success; data: T } | E;
