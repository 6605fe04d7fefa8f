/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AppealDecisionInput = {
  decisionId: string;
  /** Which decision, how it should change and why; 1 to 10000 characters. */
  text: string;
};

/** Where an appeal ("överklagande") stands. */
export const AppealStatus = {
  /** The unit changed the decision itself ("ändrat vid omprövning"). */
  ChangedOnReconsideration: 'CHANGED_ON_RECONSIDERATION',
  /** The court changed the decision ("bifall i domstol"). */
  CourtChanged: 'COURT_CHANGED',
  /** The court dismissed the appeal, e.g. as late ("avvisat"). */
  CourtDismissed: 'COURT_DISMISSED',
  /** The court upheld the decision ("avslag i domstol"). */
  CourtUpheld: 'COURT_UPHELD',
  /** Sent to the administrative court ("överlämnad till förvaltningsrätten"). */
  ForwardedToCourt: 'FORWARDED_TO_COURT',
  /** Received, not yet handled ("inkommen"). */
  Received: 'RECEIVED'
} as const;

export type AppealStatus = typeof AppealStatus[keyof typeof AppealStatus];
/** Answers of a draft. Every field is optional: a field left out keeps what was saved, null or an empty text clears it. Completeness is checked on submit. */
export type ApplicationAnswersInput = {
  /** At most 200 characters. */
  bestTime?: string | null | undefined;
  consentToContactHealthCare?: boolean | null | undefined;
  contactMethod?: ContactMethod | null | undefined;
  /** An e-mail address, at most 200 characters. */
  email?: string | null | undefined;
  /** At most 2000 characters. */
  helpFromRelatives?: string | null | undefined;
  interpreterNeeded?: boolean | null | undefined;
  /** A language code such as "sv", "fi" or "ar"; empty means Swedish. */
  language?: string | null | undefined;
  livesAlone?: boolean | null | undefined;
  /** Digits, spaces, + and -, 6 to 20 characters. */
  phone?: string | null | undefined;
  recentHospitalStay?: boolean | null | undefined;
  /** 0 to 12 services, each type once; replaces the saved list. */
  services?: Array<RequestedServiceAnswerInput> | null | undefined;
};

/** Where an application ("ansökan") stands. */
export const ApplicationStatus = {
  Closed: 'CLOSED',
  Communicated: 'COMMUNICATED',
  Decided: 'DECIDED',
  Draft: 'DRAFT',
  InInvestigation: 'IN_INVESTIGATION',
  Submitted: 'SUBMITTED'
} as const;

export type ApplicationStatus = typeof ApplicationStatus[keyof typeof ApplicationStatus];
/** How the applicant wants to be contacted: PHONE telefon, EMAIL e-post, LETTER brev. */
export const ContactMethod = {
  Email: 'EMAIL',
  Letter: 'LETTER',
  Phone: 'PHONE'
} as const;

export type ContactMethod = typeof ContactMethod[keyof typeof ContactMethod];
/** What was decided about a requested service. */
export const DecisionOutcome = {
  /** Avslås. */
  Denied: 'DENIED',
  /** Beviljas. */
  Granted: 'GRANTED',
  /** Beviljas delvis. */
  PartlyGranted: 'PARTLY_GRANTED'
} as const;

export type DecisionOutcome = typeof DecisionOutcome[keyof typeof DecisionOutcome];
/** Where a decision ("beslut") stands. */
export const DecisionStatus = {
  /** Decided and in force ("fattat beslut"). */
  Decided: 'DECIDED',
  /** Proposed by a caseworker for a manager to decide ("förslag till beslut"). */
  Proposed: 'PROPOSED',
  /** Replaced by a later decision, e.g. on reconsideration ("ersatt"). */
  Superseded: 'SUPERSEDED'
} as const;

export type DecisionStatus = typeof DecisionStatus[keyof typeof DecisionStatus];
/** A life area of the needs assessment ("livsområde", the city’s instrument; nationally IBIC). */
export const LifeArea = {
  /** Hälsa. */
  Health: 'HEALTH',
  /** Hemliv, hushåll. */
  Household: 'HOUSEHOLD',
  /** Förflyttning. */
  Mobility: 'MOBILITY',
  /** Mat och måltider över hela dagen. */
  Nutrition: 'NUTRITION',
  /** Personlig vård. */
  PersonalCare: 'PERSONAL_CARE',
  /** Trygghet och säkerhet, med våldsscreening. */
  Safety: 'SAFETY',
  /** Socialt liv. */
  SocialLife: 'SOCIAL_LIFE'
} as const;

export type LifeArea = typeof LifeArea[keyof typeof LifeArea];
export type RegisterAppealInput = {
  /** WEB or PAPER. */
  channel: string;
  decisionId: string;
  /** The day it reached the unit, YYYY-MM-DD (the postmark does not count). */
  receivedOn: string;
  /** The appeal as received; 1 to 20000 characters. */
  text: string;
};

export type RequestCallbackInput = {
  /** What it is about, optional; at most 2000 characters. */
  message?: string | null | undefined;
  /** Whom the call is about: yourself or a person you represent. */
  personId: string;
  /** The number to call: digits, spaces, + and -, 6 to 20 characters. */
  phone: string;
};

export type RequestedServiceAnswerInput = {
  /** The needs in the applicant's own words; at most 4000 characters, may be empty in a draft. */
  needs: string;
  serviceType: ServiceType;
};

export type RespondToInvestigationInput = {
  applicationId: string;
  /** What the applicant wants to say about the investigation; 1 to 10000 characters. */
  response: string;
};

export type SaveApplicationDraftInput = {
  answers: ApplicationAnswersInput;
  /** The page the applicant is on, to come back to it; at most 40 characters. Left out keeps the saved one. */
  draftStep?: string | null | undefined;
  id: string;
  /** The version you loaded; a stale one answers ConflictError and saves nothing. */
  version: number;
};

/** A kind of care service ("insats"), e.g. HOME_CARE_PERSONAL hemtjänst, personlig omvårdnad. */
export const ServiceType = {
  CarerRelief: 'CARER_RELIEF',
  DayActivity: 'DAY_ACTIVITY',
  Escort: 'ESCORT',
  HomeCareAllowance: 'HOME_CARE_ALLOWANCE',
  HomeCarePersonal: 'HOME_CARE_PERSONAL',
  HomeCareService: 'HOME_CARE_SERVICE',
  HousingSupport: 'HOUSING_SUPPORT',
  MealDelivery: 'MEAL_DELIVERY',
  NursingHome: 'NURSING_HOME',
  SafetyAlarm: 'SAFETY_ALARM',
  ServiceFlat: 'SERVICE_FLAT',
  ShortTermStay: 'SHORT_TERM_STAY'
} as const;

export type ServiceType = typeof ServiceType[keyof typeof ServiceType];
/** CASEWORKER biståndshandläggare, MANAGER chef, OUTREACH uppsökande, QUALITY_COUNCIL kvalitetsråd. */
export const StaffRole = {
  Caseworker: 'CASEWORKER',
  Manager: 'MANAGER',
  Outreach: 'OUTREACH',
  QualityCouncil: 'QUALITY_COUNCIL'
} as const;

export type StaffRole = typeof StaffRole[keyof typeof StaffRole];
export type StartApplicationInput = {
  /** The person the application is for: yourself, or someone you may act for. */
  applicantId: string;
};

export type SubmitApplicationInput = {
  id: string;
  /** A UUID the portal makes once per application and sends with every press of the button: the same key never makes a second case. */
  submissionKey: string;
};

export type ApplicationAnswersFragment = { livesAlone: boolean | null, helpFromRelatives: string, recentHospitalStay: boolean | null, contactMethod: ContactMethod | null, phone: string, email: string, bestTime: string, language: string, interpreterNeeded: boolean | null, consentToContactHealthCare: boolean | null, services: Array<{ serviceType: ServiceType, needs: string }> };

export type CitizenDraftFragment = { id: string, reference: string | null, status: ApplicationStatus, version: number, draftStep: string | null, submittedAt: string | null, applicant: { id: string, fullName: string } | null, answers: { livesAlone: boolean | null, helpFromRelatives: string, recentHospitalStay: boolean | null, contactMethod: ContactMethod | null, phone: string, email: string, bestTime: string, language: string, interpreterNeeded: boolean | null, consentToContactHealthCare: boolean | null, services: Array<{ serviceType: ServiceType, needs: string }> } };

export type CitizenApplicationDraftQueryVariables = Exact<{
  id: string;
}>;


export type CitizenApplicationDraftQuery = { application: { id: string, reference: string | null, status: ApplicationStatus, version: number, draftStep: string | null, submittedAt: string | null, applicant: { id: string, fullName: string } | null, answers: { livesAlone: boolean | null, helpFromRelatives: string, recentHospitalStay: boolean | null, contactMethod: ContactMethod | null, phone: string, email: string, bestTime: string, language: string, interpreterNeeded: boolean | null, consentToContactHealthCare: boolean | null, services: Array<{ serviceType: ServiceType, needs: string }> } } | null };

export type CitizenStartApplicationMutationVariables = Exact<{
  input: StartApplicationInput;
}>;


export type CitizenStartApplicationMutation = { startApplication:
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'MutationStartApplicationSuccess', data: { id: string, reference: string | null, status: ApplicationStatus, version: number, draftStep: string | null, submittedAt: string | null, applicant: { id: string, fullName: string } | null, answers: { livesAlone: boolean | null, helpFromRelatives: string, recentHospitalStay: boolean | null, contactMethod: ContactMethod | null, phone: string, email: string, bestTime: string, language: string, interpreterNeeded: boolean | null, consentToContactHealthCare: boolean | null, services: Array<{ serviceType: ServiceType, needs: string }> } } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
   };

export type CitizenSaveApplicationDraftMutationVariables = Exact<{
  input: SaveApplicationDraftInput;
}>;


export type CitizenSaveApplicationDraftMutation = { saveApplicationDraft:
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'MutationSaveApplicationDraftSuccess', data: { id: string, reference: string | null, status: ApplicationStatus, version: number, draftStep: string | null, submittedAt: string | null, applicant: { id: string, fullName: string } | null, answers: { livesAlone: boolean | null, helpFromRelatives: string, recentHospitalStay: boolean | null, contactMethod: ContactMethod | null, phone: string, email: string, bestTime: string, language: string, interpreterNeeded: boolean | null, consentToContactHealthCare: boolean | null, services: Array<{ serviceType: ServiceType, needs: string }> } } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
   };

export type CitizenSubmitApplicationMutationVariables = Exact<{
  input: SubmitApplicationInput;
}>;


export type CitizenSubmitApplicationMutation = { submitApplication:
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'MutationSubmitApplicationSuccess', data: { id: string, reference: string | null, status: ApplicationStatus, version: number, draftStep: string | null, submittedAt: string | null, applicant: { id: string, fullName: string } | null, answers: { livesAlone: boolean | null, helpFromRelatives: string, recentHospitalStay: boolean | null, contactMethod: ContactMethod | null, phone: string, email: string, bestTime: string, language: string, interpreterNeeded: boolean | null, consentToContactHealthCare: boolean | null, services: Array<{ serviceType: ServiceType, needs: string }> } } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
   };

export type CitizenCallbackFragment = { id: string, phone: string, message: string, requestedAt: string, dueAt: string, completedAt: string | null, person: { id: string, fullName: string } | null };

export type CitizenMyCallbackRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type CitizenMyCallbackRequestsQuery = { myCallbackRequests: Array<{ id: string, phone: string, message: string, requestedAt: string, dueAt: string, completedAt: string | null, person: { id: string, fullName: string } | null }> };

export type CitizenRequestCallbackMutationVariables = Exact<{
  input: RequestCallbackInput;
}>;


export type CitizenRequestCallbackMutation = { requestCallback:
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'MutationRequestCallbackSuccess', data: { id: string, phone: string, message: string, requestedAt: string, dueAt: string, completedAt: string | null, person: { id: string, fullName: string } | null } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
   };

export type CitizenAppealDecisionMutationVariables = Exact<{
  input: AppealDecisionInput;
}>;


export type CitizenAppealDecisionMutation = { appealDecision:
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'MutationAppealDecisionSuccess', data: { id: string, receivedOn: string, inTime: boolean, status: AppealStatus, forwardedOn: string | null, courtDecidedOn: string | null } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
   };

export type CitizenAppealFragment = { id: string, receivedOn: string, inTime: boolean, status: AppealStatus, forwardedOn: string | null, courtDecidedOn: string | null };

export type CitizenDecisionFragment = { id: string, status: DecisionStatus, outcome: DecisionOutcome, hoursPerMonth: number | null, validFrom: string | null, validTo: string | null, motivation: string, decidedAt: string | null, notifiedOn: string | null, appealDeadline: string | null, canAppeal: boolean, appeals: Array<{ id: string, receivedOn: string, inTime: boolean, status: AppealStatus, forwardedOn: string | null, courtDecidedOn: string | null }> };

export type CitizenRequestedServiceFragment = { id: string, serviceType: ServiceType, needs: string, decision: { id: string, status: DecisionStatus, outcome: DecisionOutcome, hoursPerMonth: number | null, validFrom: string | null, validTo: string | null, motivation: string, decidedAt: string | null, notifiedOn: string | null, appealDeadline: string | null, canAppeal: boolean, appeals: Array<{ id: string, receivedOn: string, inTime: boolean, status: AppealStatus, forwardedOn: string | null, courtDecidedOn: string | null }> } | null, decisions: Array<{ id: string, status: DecisionStatus, appeals: Array<{ id: string, receivedOn: string, inTime: boolean, status: AppealStatus, forwardedOn: string | null, courtDecidedOn: string | null }> }> };

export type CitizenInvestigationFragment = { communicatedAt: string, responseDueOn: string, response: string | null, respondedAt: string | null, canRespond: boolean, lifeAreas: Array<{ area: LifeArea, needs: string, wishes: string, resources: string }>, serviceDescriptions: Array<{ requestedServiceId: string, serviceType: ServiceType, text: string }> };

export type CitizenTimelineEventFragment = { id: string, at: string, type: string, data: string | null };

export type CitizenCaseQueryVariables = Exact<{
  id: string;
}>;


export type CitizenCaseQuery = { application: { id: string, reference: string | null, status: ApplicationStatus, createdAt: string, submittedAt: string | null, draftStep: string | null, submittedBy: { id: string, fullName: string } | null, answers: { email: string }, requestedServices: Array<{ id: string, serviceType: ServiceType, needs: string, decision: { id: string, status: DecisionStatus, outcome: DecisionOutcome, hoursPerMonth: number | null, validFrom: string | null, validTo: string | null, motivation: string, decidedAt: string | null, notifiedOn: string | null, appealDeadline: string | null, canAppeal: boolean, appeals: Array<{ id: string, receivedOn: string, inTime: boolean, status: AppealStatus, forwardedOn: string | null, courtDecidedOn: string | null }> } | null, decisions: Array<{ id: string, status: DecisionStatus, appeals: Array<{ id: string, receivedOn: string, inTime: boolean, status: AppealStatus, forwardedOn: string | null, courtDecidedOn: string | null }> }> }>, timeline: Array<{ id: string, at: string, type: string, data: string | null }>, communicatedInvestigation: { communicatedAt: string, responseDueOn: string, response: string | null, respondedAt: string | null, canRespond: boolean, lifeAreas: Array<{ area: LifeArea, needs: string, wishes: string, resources: string }>, serviceDescriptions: Array<{ requestedServiceId: string, serviceType: ServiceType, text: string }> } | null, applicant: { id: string, fullName: string } | null } | null };

export type CitizenDecisionLetterQueryVariables = Exact<{
  id: string;
}>;


export type CitizenDecisionLetterQuery = { application: { id: string, decisionLetter: { fileName: string, contentBase64: string } | null } | null };

export type CitizenRespondToInvestigationMutationVariables = Exact<{
  input: RespondToInvestigationInput;
}>;


export type CitizenRespondToInvestigationMutation = { respondToInvestigation:
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'MutationRespondToInvestigationSuccess', data: { id: string, communicatedInvestigation: { response: string | null, respondedAt: string | null, canRespond: boolean } | null } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
   };

export type CitizenCaseOpenedByQueryVariables = Exact<{
  id: string;
  offset: number;
  limit: number;
}>;


export type CitizenCaseOpenedByQuery = { application: { id: string, reference: string | null, applicant: { id: string, fullName: string } | null, openedBy: { totalCount: number, hasNextPage: boolean, nodes: Array<{ at: string, staff: { id: string, name: string, title: string } }> } } | null };

export type CitizenApplicationHeadFragment = { id: string, reference: string | null, status: ApplicationStatus, createdAt: string, submittedAt: string | null, draftStep: string | null, applicant: { id: string, fullName: string } | null };

export type CitizenApplicationSummaryFragment = { id: string, reference: string | null, status: ApplicationStatus, createdAt: string, submittedAt: string | null, draftStep: string | null, requestedServices: Array<{ id: string, serviceType: ServiceType }>, answers: { services: Array<{ serviceType: ServiceType }> }, applicant: { id: string, fullName: string } | null };

export type CitizenMyApplicationsQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type CitizenMyApplicationsQuery = { myApplications: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, reference: string | null, status: ApplicationStatus, createdAt: string, submittedAt: string | null, draftStep: string | null, requestedServices: Array<{ id: string, serviceType: ServiceType }>, answers: { services: Array<{ serviceType: ServiceType }> }, applicant: { id: string, fullName: string } | null }> } };

type MutationErrors_ConflictError_Fragment = { __typename: 'ConflictError', currentVersion: number, message: string };

type MutationErrors_DelegationError_Fragment = { __typename: 'DelegationError', requiredRole: StaffRole, message: string };

type MutationErrors_NotFoundError_Fragment = { __typename: 'NotFoundError', message: string };

type MutationErrors_RateLimitError_Fragment = { __typename: 'RateLimitError', message: string };

type MutationErrors_ValidationError_Fragment = { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> };

export type MutationErrorsFragment =
  | MutationErrors_ConflictError_Fragment
  | MutationErrors_DelegationError_Fragment
  | MutationErrors_NotFoundError_Fragment
  | MutationErrors_RateLimitError_Fragment
  | MutationErrors_ValidationError_Fragment
;

export type InvestigationLifeAreaFragment = { area: LifeArea, needs: string, wishes: string, resources: string };

export type InvestigationServiceDescriptionFragment = { requestedServiceId: string, serviceType: ServiceType, text: string };

export type StaffRegisterAppealMutationVariables = Exact<{
  input: RegisterAppealInput;
}>;


export type StaffRegisterAppealMutation = { registerAppeal:
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'MutationRegisterAppealSuccess', data: { id: string, status: AppealStatus, inTime: boolean } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
   };

export const ApplicationAnswersFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationAnswers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationAnswers"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"livesAlone"}},{"kind":"Field","name":{"kind":"Name","value":"helpFromRelatives"}},{"kind":"Field","name":{"kind":"Name","value":"recentHospitalStay"}},{"kind":"Field","name":{"kind":"Name","value":"contactMethod"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"bestTime"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"consentToContactHealthCare"}}]}}]} as unknown as DocumentNode<ApplicationAnswersFragment, unknown>;
export const CitizenDraftFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenDraft"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"draftStep"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationAnswers"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationAnswers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationAnswers"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"livesAlone"}},{"kind":"Field","name":{"kind":"Name","value":"helpFromRelatives"}},{"kind":"Field","name":{"kind":"Name","value":"recentHospitalStay"}},{"kind":"Field","name":{"kind":"Name","value":"contactMethod"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"bestTime"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"consentToContactHealthCare"}}]}}]} as unknown as DocumentNode<CitizenDraftFragment, unknown>;
export const CitizenCallbackFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenCallback"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallbackRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<CitizenCallbackFragment, unknown>;
export const CitizenAppealFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenAppeal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inTime"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"courtDecidedOn"}}]}}]} as unknown as DocumentNode<CitizenAppealFragment, unknown>;
export const CitizenDecisionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenDecision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"canAppeal"}},{"kind":"Field","name":{"kind":"Name","value":"appeals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitizenAppeal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenAppeal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inTime"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"courtDecidedOn"}}]}}]} as unknown as DocumentNode<CitizenDecisionFragment, unknown>;
export const CitizenRequestedServiceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenRequestedService"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequestedService"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitizenDecision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appeals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitizenAppeal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenAppeal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inTime"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"courtDecidedOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenDecision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"canAppeal"}},{"kind":"Field","name":{"kind":"Name","value":"appeals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitizenAppeal"}}]}}]}}]} as unknown as DocumentNode<CitizenRequestedServiceFragment, unknown>;
export const InvestigationLifeAreaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvestigationLifeArea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifeAreaAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"wishes"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}}]}}]} as unknown as DocumentNode<InvestigationLifeAreaFragment, unknown>;
export const InvestigationServiceDescriptionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvestigationServiceDescription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceDescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedServiceId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]} as unknown as DocumentNode<InvestigationServiceDescriptionFragment, unknown>;
export const CitizenInvestigationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenInvestigation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicatedInvestigation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"lifeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvestigationLifeArea"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceDescriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvestigationServiceDescription"}}]}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canRespond"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvestigationLifeArea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifeAreaAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"wishes"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvestigationServiceDescription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceDescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedServiceId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]} as unknown as DocumentNode<CitizenInvestigationFragment, unknown>;
export const CitizenTimelineEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenTimelineEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]} as unknown as DocumentNode<CitizenTimelineEventFragment, unknown>;
export const CitizenApplicationHeadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenApplicationHead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftStep"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<CitizenApplicationHeadFragment, unknown>;
export const CitizenApplicationSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitizenApplicationHead"}},{"kind":"Field","name":{"kind":"Name","value":"requestedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceType"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenApplicationHead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftStep"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<CitizenApplicationSummaryFragment, unknown>;
export const MutationErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DelegationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}}]}}]} as unknown as DocumentNode<MutationErrorsFragment, unknown>;
export const CitizenApplicationDraftDocument = {"__meta__":{"hash":"sha256:c4faad74b39fc1d6f0cb8cb31782b039b2f3f46f04ff1cd128b512d54b3f20fa"}} as unknown as DocumentNode<CitizenApplicationDraftQuery, CitizenApplicationDraftQueryVariables>;
export const CitizenStartApplicationDocument = {"__meta__":{"hash":"sha256:99f2ea31a05becbc83401d4273b1ca9f5786d33d94a0ad710f223827524edc17"}} as unknown as DocumentNode<CitizenStartApplicationMutation, CitizenStartApplicationMutationVariables>;
export const CitizenSaveApplicationDraftDocument = {"__meta__":{"hash":"sha256:ded8a205d5c8c3d301f591f1fecd8d3a3701da2353b41e6905581d723ddfb8cf"}} as unknown as DocumentNode<CitizenSaveApplicationDraftMutation, CitizenSaveApplicationDraftMutationVariables>;
export const CitizenSubmitApplicationDocument = {"__meta__":{"hash":"sha256:7f3791392d1cf701ba80698ca061edede8bd56be85738857053bbbce81b49eff"}} as unknown as DocumentNode<CitizenSubmitApplicationMutation, CitizenSubmitApplicationMutationVariables>;
export const CitizenMyCallbackRequestsDocument = {"__meta__":{"hash":"sha256:a15ae2c69c50321dbdf5b5a9abc8458af23624d1c28d4b23d4c27c3ec5f9077d"}} as unknown as DocumentNode<CitizenMyCallbackRequestsQuery, CitizenMyCallbackRequestsQueryVariables>;
export const CitizenRequestCallbackDocument = {"__meta__":{"hash":"sha256:a133c8cf49ef7682f4a5efa39be55248fb0269d0848a28d98d23bdf114608a8f"}} as unknown as DocumentNode<CitizenRequestCallbackMutation, CitizenRequestCallbackMutationVariables>;
export const CitizenAppealDecisionDocument = {"__meta__":{"hash":"sha256:e02cd9cbe7c919b7328ff603e59fc298a9100f350ecef9a07f8220fad8c7ef57"}} as unknown as DocumentNode<CitizenAppealDecisionMutation, CitizenAppealDecisionMutationVariables>;
export const CitizenCaseDocument = {"__meta__":{"hash":"sha256:9549f684ad937ee8c5dd7add9f3f517b0c859fe07e0cf9b5e26dde45fe037fe4"}} as unknown as DocumentNode<CitizenCaseQuery, CitizenCaseQueryVariables>;
export const CitizenDecisionLetterDocument = {"__meta__":{"hash":"sha256:b980e8a1f3f87e28a4678336c5d632c984cbffa5e29ccbda06e3ce6a11511115"}} as unknown as DocumentNode<CitizenDecisionLetterQuery, CitizenDecisionLetterQueryVariables>;
export const CitizenRespondToInvestigationDocument = {"__meta__":{"hash":"sha256:096ccf7267ca12329db10d4b11cd48864ece59496b3779aeebc777e87fd80a13"}} as unknown as DocumentNode<CitizenRespondToInvestigationMutation, CitizenRespondToInvestigationMutationVariables>;
export const CitizenCaseOpenedByDocument = {"__meta__":{"hash":"sha256:67afdf55b1636b431ed081e9912fa8a00ca58d70fa2eec04fc6feea9b80a661e"}} as unknown as DocumentNode<CitizenCaseOpenedByQuery, CitizenCaseOpenedByQueryVariables>;
export const CitizenMyApplicationsDocument = {"__meta__":{"hash":"sha256:f1e771f40a6b8b0ed1ab93fc4a21a23f9f50d196976ef967153526903842db84"}} as unknown as DocumentNode<CitizenMyApplicationsQuery, CitizenMyApplicationsQueryVariables>;
export const StaffRegisterAppealDocument = {"__meta__":{"hash":"sha256:89af3343e795d21f7a357017f43e080795dff78764f76d3acc478a7179e78406"}} as unknown as DocumentNode<StaffRegisterAppealMutation, StaffRegisterAppealMutationVariables>;