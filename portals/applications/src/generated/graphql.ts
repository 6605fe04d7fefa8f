/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where an appeal ("överklagande") stands. */
export const AppealStatus = {
  /** Received, not yet handled ("inkommen"). */
  Received: 'RECEIVED',
  /** The unit changed the decision itself ("ändrat vid omprövning"). */
  ChangedOnReconsideration: 'CHANGED_ON_RECONSIDERATION',
  /** Sent to the administrative court ("överlämnad till förvaltningsrätten"). */
  ForwardedToCourt: 'FORWARDED_TO_COURT',
  /** The court upheld the decision ("avslag i domstol"). */
  CourtUpheld: 'COURT_UPHELD',
  /** The court changed the decision ("bifall i domstol"). */
  CourtChanged: 'COURT_CHANGED',
  /** The court dismissed the appeal, e.g. as late ("avvisat"). */
  CourtDismissed: 'COURT_DISMISSED'
} as const;

export type AppealStatus = typeof AppealStatus[keyof typeof AppealStatus];
/** Where an application ("ansökan") stands. */
export const ApplicationStatus = {
  Draft: 'DRAFT',
  Submitted: 'SUBMITTED',
  InInvestigation: 'IN_INVESTIGATION',
  Communicated: 'COMMUNICATED',
  Decided: 'DECIDED',
  Closed: 'CLOSED'
} as const;

export type ApplicationStatus = typeof ApplicationStatus[keyof typeof ApplicationStatus];
export type AssignApplicationInput = {
  id: string;
  version: number;
  /** A caseworker or manager of the case’s unit (identity’s StaffMember id) who has worked in casework before; null to put the case back in the inbox unassigned. */
  assigneeId?: string | null | undefined;
};

export type CompleteCallbackInput = {
  id: string;
  /** What the call was about and what happens next. */
  note: string;
};

/** What was decided about a requested service. */
export const DecisionOutcome = {
  /** Beviljas. */
  Granted: 'GRANTED',
  /** Beviljas delvis. */
  PartlyGranted: 'PARTLY_GRANTED',
  /** Avslås. */
  Denied: 'DENIED'
} as const;

export type DecisionOutcome = typeof DecisionOutcome[keyof typeof DecisionOutcome];
/** Narrows the inbox. Without a status only open cases show (SUBMITTED, IN_INVESTIGATION, COMMUNICATED); drafts never do. */
export type InboxFilter = {
  status?: Array<ApplicationStatus> | null | undefined;
  /** Cases that ask for this service. */
  serviceType?: ServiceType | null | undefined;
  /** District area ("stadsdelsområde"). */
  area?: string | null | undefined;
  /** Cases of this caseworker. */
  assigneeId?: string | null | undefined;
  /** Only cases nobody has taken. */
  unassigned?: boolean | null | undefined;
  /** Only your cases. */
  mine?: boolean | null | undefined;
  urgent?: boolean | null | undefined;
  /** Open cases past their due day (14 days after submission). */
  overdue?: boolean | null | undefined;
};

/** Legal gender ("juridiskt kön"), for statistics split by gender. */
export const LegalGender = {
  Female: 'FEMALE',
  Male: 'MALE'
} as const;

export type LegalGender = typeof LegalGender[keyof typeof LegalGender];
export type RecordCaseReviewOutcomeInput = {
  itemId: string;
  outcome: string;
};

export type RegisterAppealInput = {
  decisionId: string;
  /** The day it reached the unit, YYYY-MM-DD (the postmark does not count). */
  receivedOn: string;
  /** The appeal as received; 1 to 20000 characters. */
  text: string;
  /** WEB or PAPER. */
  channel: string;
};

/** A kind of care service ("insats"), e.g. HOME_CARE_PERSONAL hemtjänst, personlig omvårdnad. */
export const ServiceType = {
  HomeCarePersonal: 'HOME_CARE_PERSONAL',
  HomeCareService: 'HOME_CARE_SERVICE',
  SafetyAlarm: 'SAFETY_ALARM',
  DayActivity: 'DAY_ACTIVITY',
  Escort: 'ESCORT',
  CarerRelief: 'CARER_RELIEF',
  HousingSupport: 'HOUSING_SUPPORT',
  MealDelivery: 'MEAL_DELIVERY',
  HomeCareAllowance: 'HOME_CARE_ALLOWANCE',
  ShortTermStay: 'SHORT_TERM_STAY',
  NursingHome: 'NURSING_HOME',
  ServiceFlat: 'SERVICE_FLAT'
} as const;

export type ServiceType = typeof ServiceType[keyof typeof ServiceType];
export type SetUrgentInput = {
  id: string;
  version: number;
  urgent: boolean;
};

/** CASEWORKER biståndshandläggare, MANAGER chef, OUTREACH uppsökande, QUALITY_COUNCIL kvalitetsråd. */
export const StaffRole = {
  Caseworker: 'CASEWORKER',
  Manager: 'MANAGER',
  Outreach: 'OUTREACH',
  QualityCouncil: 'QUALITY_COUNCIL'
} as const;

export type StaffRole = typeof StaffRole[keyof typeof StaffRole];
export type TakeApplicationInput = {
  id: string;
  version: number;
  /** The applicant’s legal gender as the staff portal read it from the federated Person (identity owns it). Kept as a copy for statistics split by gender only; cases without it count as "okänt". */
  applicantLegalGender?: LegalGender | null | undefined;
};

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

export type StaffRegisterAppealMutationVariables = Exact<{
  input: RegisterAppealInput;
}>;


export type StaffRegisterAppealMutation = { registerAppeal:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRegisterAppealSuccess', data: { id: string, status: AppealStatus, inTime: boolean } }
   };

export type StaffQueuedDecisionFragment = { id: string, outcome: DecisionOutcome, hoursPerMonth: number | null, validFrom: string | null, proposedBy: { id: string, name: string } | null, requestedService: { id: string, serviceType: ServiceType }, application: { id: string, reference: string | null, applicant: { id: string, fullName: string } | null } };

export type StaffDecisionQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffDecisionQueueQuery = { decisionQueue: Array<{ id: string, outcome: DecisionOutcome, hoursPerMonth: number | null, validFrom: string | null, proposedBy: { id: string, name: string } | null, requestedService: { id: string, serviceType: ServiceType }, application: { id: string, reference: string | null, applicant: { id: string, fullName: string } | null } }> };

export type StaffFollowUpsDueQueryVariables = Exact<{
  before?: string | null | undefined;
  offset: number;
  limit: number;
}>;


export type StaffFollowUpsDueQuery = { followUpsDue: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, dueOn: string, reason: string, decision: { id: string, requestedService: { id: string, serviceType: ServiceType } }, application: { id: string, reference: string | null, applicant: { id: string, fullName: string } | null } }> } };

export type StaffCallbackRequestsQueryVariables = Exact<{
  open?: boolean | null | undefined;
  offset: number;
  limit: number;
}>;


export type StaffCallbackRequestsQuery = { callbackRequests: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, phone: string, message: string, requestedAt: string, dueAt: string, completedAt: string | null, overdue: boolean, person: { id: string, fullName: string, age: number } | null, assignee: { id: string, name: string } | null }> } };

export type StaffCompleteCallbackMutationVariables = Exact<{
  input: CompleteCallbackInput;
}>;


export type StaffCompleteCallbackMutation = { completeCallback:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCompleteCallbackSuccess', data: { id: string, completedAt: string | null } }
   };

export type StaffColleaguesQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffColleaguesQuery = { colleagues: Array<{ id: string, name: string }> };

export type StaffInboxQueryVariables = Exact<{
  filter?: InboxFilter | null | undefined;
  offset: number;
  limit: number;
}>;


export type StaffInboxQuery = { inbox: { totalCount: number, hasNextPage: boolean, nodes: Array<{ dueOn: string, overdue: boolean, application: { id: string, reference: string | null, status: ApplicationStatus, version: number, submittedAt: string | null, createdAt: string, urgent: boolean, districtArea: string | null, applicant: { id: string, fullName: string, age: number, legalGender: LegalGender, districtArea: string | null } | null, assignee: { id: string, name: string } | null, requestedServices: Array<{ id: string, serviceType: ServiceType }> } }>, counts: { submitted: number, mine: number, unassigned: number, urgent: number, overdue: number, openCallbacks: number } } };

export type StaffCaseReviewAgendaQueryVariables = Exact<{
  week?: string | null | undefined;
}>;


export type StaffCaseReviewAgendaQuery = { caseReviewAgenda: Array<{ id: string, week: string, reason: string, outcome: string | null, flaggedBy: { id: string, name: string }, application: { id: string, reference: string | null, requestedServices: Array<{ id: string, serviceType: ServiceType }>, applicant: { id: string, fullName: string } | null } }> };

export type StaffRecordCaseReviewOutcomeMutationVariables = Exact<{
  input: RecordCaseReviewOutcomeInput;
}>;


export type StaffRecordCaseReviewOutcomeMutation = { recordCaseReviewOutcome:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRecordCaseReviewOutcomeSuccess', data: { id: string, outcome: string | null } }
   };

export type StaffTakeApplicationMutationVariables = Exact<{
  input: TakeApplicationInput;
}>;


export type StaffTakeApplicationMutation = { takeApplication:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationTakeApplicationSuccess', data: { id: string, version: number, assignee: { id: string, name: string } | null } }
   };

export type StaffAssignApplicationMutationVariables = Exact<{
  input: AssignApplicationInput;
}>;


export type StaffAssignApplicationMutation = { assignApplication:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationAssignApplicationSuccess', data: { id: string, version: number, assignee: { id: string, name: string } | null } }
   };

export type StaffSetUrgentMutationVariables = Exact<{
  input: SetUrgentInput;
}>;


export type StaffSetUrgentMutation = { setUrgent:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationSetUrgentSuccess', data: { id: string, version: number, urgent: boolean } }
   };

export type StaffCaseLinkFragment = { id: string, reference: string | null, applicant: { id: string, fullName: string } | null };

export type StaffNotStartedReportQueryVariables = Exact<{
  quarter: string;
}>;


export type StaffNotStartedReportQuery = { notStartedReport: Array<{ decidedOn: string, daysWaiting: number, application: { id: string, reference: string | null, applicant: { id: string, fullName: string } | null }, decision: { id: string, requestedService: { id: string, serviceType: ServiceType } } }> };

export type StaffNotStartedReportCsvQueryVariables = Exact<{
  quarter: string;
}>;


export type StaffNotStartedReportCsvQuery = { notStartedReportCsv: string };

export type StaffPercentilesFragment = { count: number, median: number | null, p90: number | null };

export type StaffGenderShareFragment = { all: number | null, women: number | null, men: number | null, count: number };

export type StaffStatisticsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type StaffStatisticsQuery = { statistics: { decisionsPerMonth: Array<{ month: string, serviceType: ServiceType, gender: string, granted: number, denied: number }>, daysToDecision: { all: { count: number, median: number | null, p90: number | null }, women: { count: number, median: number | null, p90: number | null }, men: { count: number, median: number | null, p90: number | null } }, callbacksWithin48h: { all: number | null, women: number | null, men: number | null, count: number }, investigationsDescribingAll: { all: number | null, women: number | null, men: number | null, count: number } } };

export type StaffStatisticsCsvQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type StaffStatisticsCsvQuery = { statisticsCsv: string };

export const MutationErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DelegationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}}]}}]} as unknown as DocumentNode<MutationErrorsFragment, unknown>;
export const StaffCaseLinkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffCaseLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<StaffCaseLinkFragment, unknown>;
export const StaffQueuedDecisionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffQueuedDecision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffCaseLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffCaseLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<StaffQueuedDecisionFragment, unknown>;
export const StaffPercentilesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffPercentiles"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Percentiles"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}}]}}]} as unknown as DocumentNode<StaffPercentilesFragment, unknown>;
export const StaffGenderShareFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffGenderShare"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenderShare"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"all"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"men"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]} as unknown as DocumentNode<StaffGenderShareFragment, unknown>;
export const StaffRegisterAppealDocument = {"__meta__":{"hash":"sha256:89af3343e795d21f7a357017f43e080795dff78764f76d3acc478a7179e78406"}} as unknown as DocumentNode<StaffRegisterAppealMutation, StaffRegisterAppealMutationVariables>;
export const StaffDecisionQueueDocument = {"__meta__":{"hash":"sha256:bbc171ce72333949477a791189b7e91ec84a4ebbcef7529e79310b4f4fdf5a29"}} as unknown as DocumentNode<StaffDecisionQueueQuery, StaffDecisionQueueQueryVariables>;
export const StaffFollowUpsDueDocument = {"__meta__":{"hash":"sha256:d459ac669c12100d6671916b8ec3d1a31c961359da0a75c4634707b163369bcc"}} as unknown as DocumentNode<StaffFollowUpsDueQuery, StaffFollowUpsDueQueryVariables>;
export const StaffCallbackRequestsDocument = {"__meta__":{"hash":"sha256:88c4910c07e1241bde28584a4768b0ba44c29ab7fe9eac09024a8194bfdc0946"}} as unknown as DocumentNode<StaffCallbackRequestsQuery, StaffCallbackRequestsQueryVariables>;
export const StaffCompleteCallbackDocument = {"__meta__":{"hash":"sha256:ab0da14df4fca8d00b57cd8998a2bef837e476ddb85b2b5c48bf5842ad161b89"}} as unknown as DocumentNode<StaffCompleteCallbackMutation, StaffCompleteCallbackMutationVariables>;
export const StaffColleaguesDocument = {"__meta__":{"hash":"sha256:2c3c6133595da5b56c228419606b64f2b5c22ece46bb16d571b1a8942e451de4"}} as unknown as DocumentNode<StaffColleaguesQuery, StaffColleaguesQueryVariables>;
export const StaffInboxDocument = {"__meta__":{"hash":"sha256:0c39046a02849ca70eff8e87b09036a906880813bdcec3af8a69d92c473a87dc"}} as unknown as DocumentNode<StaffInboxQuery, StaffInboxQueryVariables>;
export const StaffCaseReviewAgendaDocument = {"__meta__":{"hash":"sha256:529472f20846e373f4aaeacd406f455b7f24b1a8ae382e246ad3b9099cf81aa8"}} as unknown as DocumentNode<StaffCaseReviewAgendaQuery, StaffCaseReviewAgendaQueryVariables>;
export const StaffRecordCaseReviewOutcomeDocument = {"__meta__":{"hash":"sha256:76c8c090dd8786232c7f4c0a7cd1c727d52b84728bb3d4bd5bb0c0b18ccac30d"}} as unknown as DocumentNode<StaffRecordCaseReviewOutcomeMutation, StaffRecordCaseReviewOutcomeMutationVariables>;
export const StaffTakeApplicationDocument = {"__meta__":{"hash":"sha256:48495b23d06d1ac1c41acdd8d197afbc7b41212dcd2e45a0845a57985b94d7fc"}} as unknown as DocumentNode<StaffTakeApplicationMutation, StaffTakeApplicationMutationVariables>;
export const StaffAssignApplicationDocument = {"__meta__":{"hash":"sha256:fbadfabae8cc286f56eafe9b4228be9823f75d6c137c04060e40d57609bd3eee"}} as unknown as DocumentNode<StaffAssignApplicationMutation, StaffAssignApplicationMutationVariables>;
export const StaffSetUrgentDocument = {"__meta__":{"hash":"sha256:b5dae3c93474ecf865e8a6e95249c9fa6705c45b263bcfe312784b0dfde722a5"}} as unknown as DocumentNode<StaffSetUrgentMutation, StaffSetUrgentMutationVariables>;
export const StaffNotStartedReportDocument = {"__meta__":{"hash":"sha256:f84a17a75563c4f884a57e39be9e5e41043ea916f851e939fbfbb33a1c6f90b3"}} as unknown as DocumentNode<StaffNotStartedReportQuery, StaffNotStartedReportQueryVariables>;
export const StaffNotStartedReportCsvDocument = {"__meta__":{"hash":"sha256:15bfcdba8ff30ef0b28f33f132e558fe8e49888de125b8582e59b130d89c2238"}} as unknown as DocumentNode<StaffNotStartedReportCsvQuery, StaffNotStartedReportCsvQueryVariables>;
export const StaffStatisticsDocument = {"__meta__":{"hash":"sha256:7e211c8f9b9d9c0fc777ba1730c41a29531cc71bcdc69d9afd8f5f4f9ec378d8"}} as unknown as DocumentNode<StaffStatisticsQuery, StaffStatisticsQueryVariables>;
export const StaffStatisticsCsvDocument = {"__meta__":{"hash":"sha256:8e830cfb82f4e7712d4c3e2345380ac280a7fe03a3f201974440adfa063a6afa"}} as unknown as DocumentNode<StaffStatisticsCsvQuery, StaffStatisticsCsvQueryVariables>;