/** What the staff pages read from the applications subgraph (and, through federation, identity). */

export const serviceTypes = [
  'HOME_CARE_PERSONAL',
  'HOME_CARE_SERVICE',
  'SAFETY_ALARM',
  'DAY_ACTIVITY',
  'ESCORT',
  'CARER_RELIEF',
  'HOUSING_SUPPORT',
  'MEAL_DELIVERY',
  'HOME_CARE_ALLOWANCE',
  'SHORT_TERM_STAY',
  'NURSING_HOME',
  'SERVICE_FLAT',
] as const;
export type ServiceType = (typeof serviceTypes)[number];

export const applicationStatuses = ['DRAFT', 'SUBMITTED', 'IN_INVESTIGATION', 'COMMUNICATED', 'DECIDED', 'CLOSED'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

export const decisionOutcomes = ['GRANTED', 'PARTLY_GRANTED', 'DENIED'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];
export type DecisionStatus = 'PROPOSED' | 'DECIDED' | 'SUPERSEDED';

export const courtOutcomes = ['COURT_UPHELD', 'COURT_CHANGED', 'COURT_DISMISSED'] as const;
export type AppealStatus = 'RECEIVED' | 'CHANGED_ON_RECONSIDERATION' | 'FORWARDED_TO_COURT' | (typeof courtOutcomes)[number];

export const followUpOutcomes = ['CONTINUE', 'CHANGE', 'END', 'REASSESS'] as const;
export type FollowUpOutcome = (typeof followUpOutcomes)[number];

export interface StaffRef {
  id: string;
  name: string;
}

export type LegalGender = 'FEMALE' | 'MALE';

export interface PersonSummary {
  id: string;
  fullName: string;
  age: number | null;
}

export interface LegalProvision {
  id: string;
  code: string;
  law: string;
  citation: string;
  title: string;
  validFrom?: string;
  validTo?: string | null;
}

export interface Appeal {
  id: string;
  receivedOn: string;
  channel: string;
  text: string;
  inTime: boolean;
  status: AppealStatus;
  forwardedOn: string | null;
  courtDecidedOn: string | null;
  courtNote: string | null;
}

export interface Provider {
  id: string;
  name: string;
  inHouse: boolean;
}

export interface ServiceOrder {
  id: string;
  provider: Provider;
  goals: string;
  startOn: string;
  orderedOn: string;
  planDueOn: string;
  planReceivedOn: string | null;
  planOverdue: boolean;
  deviationRaisedOn: string | null;
}

export interface FollowUp {
  id: string;
  dueOn: string;
  reason: string;
  completedOn: string | null;
  outcome: FollowUpOutcome | null;
  note: string | null;
  overdue: boolean;
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
  startedOn: string | null;
  legalProvision: LegalProvision | null;
  decidedBy: StaffRef | null;
  proposedBy: StaffRef | null;
  appeals: Appeal[];
  order: ServiceOrder | null;
  followUps: FollowUp[];
}

export interface InboxApplication {
  id: string;
  reference: string | null;
  status: ApplicationStatus;
  version: number;
  submittedAt: string | null;
  createdAt: string;
  urgent: boolean;
  districtArea: string | null;
  /** Null while identity does not yet let the unit read the person (just after submission). */
  applicant: (PersonSummary & { legalGender: LegalGender | null; districtArea: string | null }) | null;
  assignee: StaffRef | null;
  requestedServices: Array<{ id: string; serviceType: ServiceType }>;
}

export interface InboxItem {
  application: InboxApplication;
  dueOn: string;
  overdue: boolean;
}

export interface InboxCounts {
  submitted: number;
  mine: number;
  unassigned: number;
  urgent: number;
  overdue: number;
  openCallbacks: number;
}

export interface Inbox {
  nodes: InboxItem[];
  totalCount: number;
  hasNextPage: boolean;
  counts: InboxCounts;
}

export interface CallbackRequest {
  id: string;
  /** Null while identity does not yet let the unit read the person (just after the request). */
  person: PersonSummary | null;
  phone: string;
  message: string;
  requestedAt: string;
  dueAt: string;
  completedAt: string | null;
  overdue: boolean;
  assignee: StaffRef | null;
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  hasNextPage: boolean;
}

export interface CaseLink {
  id: string;
  reference: string | null;
  applicant: { id: string; fullName: string };
}

export interface CaseReviewItem {
  id: string;
  week: string;
  reason: string;
  outcome: string | null;
  flaggedBy: StaffRef;
  application: CaseLink & { requestedServices: Array<{ id: string; serviceType: ServiceType }> };
}

export interface QueuedDecision extends Decision {
  application: CaseLink;
  requestedService: { id: string; serviceType: ServiceType };
}

export interface DueFollowUp extends FollowUp {
  application: CaseLink;
  decision: { id: string; outcome: DecisionOutcome; validTo: string | null; requestedService: { id: string; serviceType: ServiceType } };
}

export interface NotStartedItem {
  application: CaseLink;
  decision: { id: string; outcome: DecisionOutcome; requestedService: { id: string; serviceType: ServiceType } };
  decidedOn: string;
  daysWaiting: number;
}

export interface DecisionMonthRow {
  month: string;
  serviceType: ServiceType;
  gender: string;
  granted: number;
  denied: number;
}

export interface Percentiles {
  count: number;
  median: number | null;
  p90: number | null;
}

export interface GenderShare {
  all: number | null;
  women: number | null;
  men: number | null;
  count: number;
  womenCount: number;
  menCount: number;
}

export interface Statistics {
  decisionsPerMonth: DecisionMonthRow[];
  daysToDecision: { all: Percentiles; women: Percentiles; men: Percentiles };
  callbacksWithin48h: GenderShare;
  investigationsDescribingAll: GenderShare;
}
