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

/** Home care is decided in hours per month; the other services have no scope in hours. */
export const homeCareTypes: readonly ServiceType[] = ['HOME_CARE_PERSONAL', 'HOME_CARE_SERVICE'];
export const isHomeCare = (type: ServiceType): boolean => homeCareTypes.includes(type);

export const applicationStatuses = ['DRAFT', 'SUBMITTED', 'IN_INVESTIGATION', 'COMMUNICATED', 'DECIDED', 'CLOSED'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

export const lifeAreas = ['PERSONAL_CARE', 'HOUSEHOLD', 'MOBILITY', 'SOCIAL_LIFE', 'HEALTH', 'NUTRITION', 'SAFETY'] as const;
export type LifeArea = (typeof lifeAreas)[number];

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

export type RepresentationKind = 'POWER_OF_ATTORNEY' | 'TRUSTEE' | 'ADMINISTRATOR';

/** A representation in force or starting later (identity); names only, no personnummer. */
export interface Representation {
  id: string;
  kind: RepresentationKind;
  validFrom: string;
  validTo: string | null;
  documentDate: string | null;
  representativeName: string;
}

export interface PersonDetails extends PersonSummary {
  birthDate: string | null;
  /** Who may act for the person now (from identity). */
  representatives: Representation[];
  legalGender: LegalGender | null;
  preferredLanguage: string | null;
  interpreterNeeded: boolean | null;
  districtArea: string | null;
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

export interface RequestedService {
  id: string;
  serviceType: ServiceType;
  /** The applicant's own words, from the answers (see withNeeds). */
  needs: string;
  decisions: Decision[];
}

export interface TimelineEvent {
  id: string;
  at: string;
  type: string;
  /** Staff who did it; null for the applicant or the system. */
  actor: { id: string; name: string } | null;
  data: string | null;
}

export interface LifeAreaAssessment {
  area: LifeArea;
  needs: string;
  wishes: string;
  resources: string;
}

export interface ServiceDescription {
  requestedServiceId: string;
  serviceType: ServiceType;
  text: string;
}

export interface Investigation {
  lifeAreas: LifeAreaAssessment[];
  serviceDescriptions: ServiceDescription[];
  assessment: string;
  describesEveryService: boolean;
  violenceScreeningDone: boolean;
  homeVisitAt: string | null;
  homeVisitPlace: string | null;
  homeVisitInvitedAt: string | null;
}

export interface CommunicatedInvestigation {
  communicatedAt: string;
  responseDueOn: string;
  response: string | null;
  respondedAt: string | null;
}

export interface ApplicationAnswers {
  services: Array<{ serviceType: ServiceType; needs: string }>;
  livesAlone: boolean | null;
  helpFromRelatives: string;
  recentHospitalStay: boolean | null;
  contactMethod: 'PHONE' | 'EMAIL' | 'LETTER' | null;
  phone: string;
  email: string;
  bestTime: string;
  language: string;
  interpreterNeeded: boolean | null;
  consentToContactHealthCare: boolean | null;
}

export interface CaseAccess {
  at: string;
  staff: StaffRef;
}

export interface StaffApplication {
  id: string;
  reference: string | null;
  status: ApplicationStatus;
  channel: string;
  version: number;
  createdAt: string;
  submittedAt: string | null;
  updatedAt: string;
  urgent: boolean;
  districtArea: string | null;
  dueOn: string | null;
  overdue: boolean;
  applicant: PersonDetails;
  submittedBy: { id: string; fullName: string } | null;
  assignee: StaffRef | null;
  answers: ApplicationAnswers;
  requestedServices: RequestedService[];
  timeline: TimelineEvent[];
  communicatedInvestigation: CommunicatedInvestigation | null;
  investigation: Investigation | null;
  openedBy: { nodes: CaseAccess[]; totalCount: number };
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  hasNextPage: boolean;
}

export interface ServiceTypeInfo {
  type: ServiceType;
  needsAssessment: boolean;
  managerDecides: boolean;
}
