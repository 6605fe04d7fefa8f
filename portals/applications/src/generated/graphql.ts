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
/** Answers of a draft. Every field is optional: a field left out keeps what was saved, null or an empty text clears it. Completeness is checked on submit. */
export type ApplicationAnswersInput = {
  /** 0 to 12 services, each type once; replaces the saved list. */
  services?: Array<RequestedServiceAnswerInput> | null | undefined;
  livesAlone?: boolean | null | undefined;
  /** At most 2000 characters. */
  helpFromRelatives?: string | null | undefined;
  recentHospitalStay?: boolean | null | undefined;
  contactMethod?: ContactMethod | null | undefined;
  /** Whom to contact, asked when applying for someone else: yourself (REPRESENTATIVE) or the person (APPLICANT). */
  contactWhom?: ContactWhom | null | undefined;
  /** Digits, spaces, + and -, 6 to 20 characters. */
  phone?: string | null | undefined;
  /** An e-mail address, at most 200 characters. */
  email?: string | null | undefined;
  /** At most 200 characters. */
  bestTime?: string | null | undefined;
  /** A language code such as "sv", "fi" or "ar"; empty means Swedish. */
  language?: string | null | undefined;
  interpreterNeeded?: boolean | null | undefined;
  consentToContactHealthCare?: boolean | null | undefined;
};

/** How the application reached the unit: WEB e-tjänst, PHONE telefon, CONTACT_CENTRE Äldre direkt, HOSPITAL_DISCHARGE utskrivning från sjukhus, OUTREACH uppsökande verksamhet (a referral from a health conversation), PAPER pappersansökan. */
export const ApplicationChannel = {
  Web: 'WEB',
  Phone: 'PHONE',
  ContactCentre: 'CONTACT_CENTRE',
  HospitalDischarge: 'HOSPITAL_DISCHARGE',
  Outreach: 'OUTREACH',
  Paper: 'PAPER'
} as const;

export type ApplicationChannel = typeof ApplicationChannel[keyof typeof ApplicationChannel];
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

/** What a file was attached to: APPLICATION the application ("bilaga till ansökan"), RESPONSE the response to a communicated investigation ("yttrande"), APPEAL an appeal ("överklagande"), CASE_DOCUMENT scanned or received by staff ("inskannad handling"). */
export const AttachmentPurpose = {
  Application: 'APPLICATION',
  Response: 'RESPONSE',
  Appeal: 'APPEAL',
  CaseDocument: 'CASE_DOCUMENT'
} as const;

export type AttachmentPurpose = typeof AttachmentPurpose[keyof typeof AttachmentPurpose];
export type BookHomeVisitInput = {
  applicationId: string;
  version: number;
  /** Date and time, ISO 8601, e.g. 2026-12-01T10:00:00+01:00. */
  at: string;
  /** Where, e.g. the person’s home address or the hospital ward. */
  place: string;
  /** Send the invitation now: it shows in the applicant’s case history. */
  sendInvitation: boolean;
};

/** How a call went: REACHED nådde personen, NOT_REACHED nådde inte fram, NEW_CALLBACK_NEEDED ett nytt samtal behövs (a new callback is made). */
export const CallbackOutcome = {
  Reached: 'REACHED',
  NotReached: 'NOT_REACHED',
  NewCallbackNeeded: 'NEW_CALLBACK_NEEDED'
} as const;

export type CallbackOutcome = typeof CallbackOutcome[keyof typeof CallbackOutcome];
export type ChooseProviderInput = {
  /** A granted decision in force, not yet ordered. */
  decisionId: string;
  /** One of the decision’s providerOptions. */
  providerId: string;
};

export type CommunicateInvestigationInput = {
  applicationId: string;
  version: number;
  /** Days the applicant has to respond, 1..60; default 7. */
  responseDays?: number | null | undefined;
};

/** An exception in förvaltningslagen (2017:900) 25 § to communicating the investigation before a decision against the applicant. */
export const CommunicationException = {
  /** The decision does not go against the applicant ("beslutet går inte parten emot", 25 § 1). */
  NotAgainstParty: 'NOT_AGAINST_PARTY',
  /** The material lacks importance, or communication is otherwise obviously unnecessary ("uppenbart obehövligt", 25 § 1). */
  ObviouslyUnnecessary: 'OBVIOUSLY_UNNECESSARY',
  /** Communication could make the decision considerably harder to carry out ("avsevärt svårare att genomföra beslutet", 25 § 2). */
  WouldHinderDecision: 'WOULD_HINDER_DECISION',
  /** The decision cannot be deferred ("avgörandet kan inte skjutas upp", 25 § 3). */
  CannotBeDeferred: 'CANNOT_BE_DEFERRED'
} as const;

export type CommunicationException = typeof CommunicationException[keyof typeof CommunicationException];
/** Where communication of the investigation before the decision stands ("kommunicering"). */
export const CommunicationState = {
  /** Not sent to the applicant. */
  NotCommunicated: 'NOT_COMMUNICATED',
  /** Sent; the applicant may still respond (up to and including responseDueOn, Stockholm time). */
  WindowOpen: 'WINDOW_OPEN',
  /** The applicant has responded. */
  Responded: 'RESPONDED',
  /** The last day to respond has passed without a response. */
  WindowPassed: 'WINDOW_PASSED'
} as const;

export type CommunicationState = typeof CommunicationState[keyof typeof CommunicationState];
export type CompleteCallbackInput = {
  id: string;
  /** How the call went; REACHED when left out. NEW_CALLBACK_NEEDED makes a new callback, due as a new request. */
  outcome?: CallbackOutcome | null | undefined;
  /** What the call was about and what happens next; at most 5000 characters. */
  note: string;
};

export type CompleteFollowUpInput = {
  followUpId: string;
  outcome: FollowUpOutcome;
  note: string;
};

/** How the applicant wants to be contacted: PHONE telefon, EMAIL e-post, LETTER brev. */
export const ContactMethod = {
  Phone: 'PHONE',
  Email: 'EMAIL',
  Letter: 'LETTER'
} as const;

export type ContactMethod = typeof ContactMethod[keyof typeof ContactMethod];
/** Whom the caseworker contacts about the application: APPLICANT the person it is for, REPRESENTATIVE the representative who sent it (submittedBy). */
export const ContactWhom = {
  Applicant: 'APPLICANT',
  Representative: 'REPRESENTATIVE'
} as const;

export type ContactWhom = typeof ContactWhom[keyof typeof ContactWhom];
/** A decision on one requested service ("beslut per insats"). */
export type DecideInput = {
  /** The requested service decided on; must be in a case of your unit. */
  requestedServiceId: string;
  /** The case version you saw; a stale one gives ConflictError. */
  applicationVersion: number;
  outcome: DecisionOutcome;
  /** Home care only, 0..744 hours a month; required when home care is granted. */
  hoursPerMonth?: number | null | undefined;
  /** First day in force, YYYY-MM-DD. */
  validFrom: string;
  /** Last day in force, YYYY-MM-DD, not before validFrom; empty for until further notice. */
  validTo?: string | null | undefined;
  /** The legal basis, in force on validFrom (see legalProvisions). */
  legalProvisionId: string;
  /** Why ("motivering"), up to 10,000 characters. */
  motivation: string;
  /** The day the person is notified, YYYY-MM-DD; default: two days after the decision (by post). The appeal deadline is computed from it. */
  notifiedOn?: string | null | undefined;
  /** Required to deny or grant in part before the investigation is communicated and answered (or its window passed): the exception in förvaltningslagen 25 § the decision is made under. */
  communicationException?: CommunicationException | null | undefined;
  /** Why the exception applies, up to 2000 characters; required with communicationException. */
  communicationExceptionNote?: string | null | undefined;
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
/** Where a decision ("beslut") stands. */
export const DecisionStatus = {
  /** Proposed by a caseworker for a manager to decide ("förslag till beslut"). */
  Proposed: 'PROPOSED',
  /** Decided and in force ("fattat beslut"). */
  Decided: 'DECIDED',
  /** Replaced by a later decision, e.g. on reconsideration ("ersatt"). */
  Superseded: 'SUPERSEDED'
} as const;

export type DecisionStatus = typeof DecisionStatus[keyof typeof DecisionStatus];
export type FlagForCaseReviewInput = {
  applicationId: string;
  /** ISO week of the meeting, e.g. 2026-W48. */
  week: string;
  reason: string;
};

/** What a follow-up ("uppföljning") concluded. */
export const FollowUpOutcome = {
  /** The service continues as decided; the next follow-up is scheduled. */
  Continue: 'CONTINUE',
  /** The service needs a changed decision. */
  Change: 'CHANGE',
  /** The service ends. */
  End: 'END',
  /** A new needs assessment is needed ("ny utredning"). */
  Reassess: 'REASSESS'
} as const;

export type FollowUpOutcome = typeof FollowUpOutcome[keyof typeof FollowUpOutcome];
export type ForwardAppealInput = {
  appealId: string;
  /** YYYY-MM-DD */
  forwardedOn: string;
};

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
  /** Cases with any of these kinds of work. Without a status, decided and closed cases with such work show too. */
  work?: Array<InboxWork> | null | undefined;
  /** The cases of one person (found by personnummer through identity’s personByPersonalIdentityNumber). */
  applicantId?: string | null | undefined;
  /** The cases of these persons, at most 20 (found by name through identity’s unitPersonsByName). */
  applicantIds?: Array<string> | null | undefined;
  /** A case number ("ärendenummer"), whole or its start, e.g. ANS-2026-0001. */
  reference?: string | null | undefined;
};

export type InboxSort = {
  field: InboxSortField;
  direction?: SortDirection;
};

/** A column to sort the inbox by. */
export const InboxSortField = {
  /** Urgent first, then earliest due (the default). */
  Priority: 'PRIORITY',
  /** Case number ("ärendenummer"). */
  Reference: 'REFERENCE',
  /** When the application came in; the due day follows it. */
  Received: 'RECEIVED',
  /** Status. */
  Status: 'STATUS',
  /** District area; cases without one last. */
  Area: 'AREA'
} as const;

export type InboxSortField = typeof InboxSortField[keyof typeof InboxSortField];
/** What a case waits for from its caseworker ("att göra"). */
export const InboxWork = {
  /** An application to investigate and decide (SUBMITTED, IN_INVESTIGATION or COMMUNICATED). */
  OpenApplication: 'OPEN_APPLICATION',
  /** An appeal to reconsider, or waiting for the court ("överklagande"). */
  OpenAppeal: 'OPEN_APPEAL',
  /** A granted service in force not yet ordered from a provider ("att beställa"). */
  ServiceNotOrdered: 'SERVICE_NOT_ORDERED',
  /** An order whose implementation plan is more than 14 days late ("genomförandeplan saknas"). */
  PlanOverdue: 'PLAN_OVERDUE',
  /** A follow-up whose day has come ("uppföljning"). */
  FollowUpDue: 'FOLLOW_UP_DUE'
} as const;

export type InboxWork = typeof InboxWork[keyof typeof InboxWork];
/** Legal gender ("juridiskt kön"), for statistics split by gender. */
export const LegalGender = {
  Female: 'FEMALE',
  Male: 'MALE'
} as const;

export type LegalGender = typeof LegalGender[keyof typeof LegalGender];
/** Whom a letter is posted to, as the portal knows it from identity (Person.fullName and Person.postalAddress): printed in the window envelope. */
export type LetterRecipientInput = {
  name: string;
  /** The postal address, one line each (street, postal code and town), at most 4. */
  addressLines: Array<string>;
};

/** A life area of the needs assessment ("livsområde", the city’s instrument; nationally IBIC). */
export const LifeArea = {
  /** Personlig vård. */
  PersonalCare: 'PERSONAL_CARE',
  /** Hemliv, hushåll. */
  Household: 'HOUSEHOLD',
  /** Förflyttning. */
  Mobility: 'MOBILITY',
  /** Socialt liv. */
  SocialLife: 'SOCIAL_LIFE',
  /** Hälsa. */
  Health: 'HEALTH',
  /** Mat och måltider över hela dagen. */
  Nutrition: 'NUTRITION',
  /** Trygghet och säkerhet, med våldsscreening. */
  Safety: 'SAFETY'
} as const;

export type LifeArea = typeof LifeArea[keyof typeof LifeArea];
/** Needs, wishes and resources in one life area. A field left out keeps what was saved. */
export type LifeAreaInput = {
  area: LifeArea;
  /** Behov. */
  needs?: string | null | undefined;
  /** Önskemål. */
  wishes?: string | null | undefined;
  /** Egna resurser och nätverk. */
  resources?: string | null | undefined;
};

export type OrderServiceInput = {
  decisionId: string;
  /** The provider the person chose (see providers). */
  providerId: string;
  goals: string;
  /** YYYY-MM-DD */
  startOn: string;
  /** Where the service is given (street, postcode, town), for the provider’s order mail. */
  serviceAddress?: string | null | undefined;
  /** The caseworker the provider contacts, for the order mail. */
  caseworkerName?: string | null | undefined;
  /** The caseworker’s direct phone, for the order mail. */
  caseworkerPhone?: string | null | undefined;
};

/** PORTAL: chosen in the citizen portal; PHONE: told to staff, who recorded it. */
export const ProviderChoiceChannel = {
  Portal: 'PORTAL',
  Phone: 'PHONE'
} as const;

export type ProviderChoiceChannel = typeof ProviderChoiceChannel[keyof typeof ProviderChoiceChannel];
/** Who chose: the person themself, or their representative ("ombud", "god man", "förvaltare"). */
export const ProviderChoiceMadeBy = {
  Person: 'PERSON',
  Representative: 'REPRESENTATIVE'
} as const;

export type ProviderChoiceMadeBy = typeof ProviderChoiceMadeBy[keyof typeof ProviderChoiceMadeBy];
export type ReconsiderAppealInput = {
  appealId: string;
  /** The changed decision on the same requested service. */
  change: DecideInput;
};

export type RecordCaseReviewOutcomeInput = {
  itemId: string;
  outcome: string;
};

export type RecordCourtOutcomeInput = {
  appealId: string;
  /** COURT_UPHELD, COURT_CHANGED or COURT_DISMISSED. */
  status: AppealStatus;
  /** YYYY-MM-DD */
  decidedOn: string;
  /** What the court said, in short; at most 5000 characters. */
  note?: string | null | undefined;
};

export type RecordImplementationPlanInput = {
  orderId: string;
  /** YYYY-MM-DD */
  receivedOn: string;
};

export type RecordInvestigationResponseInput = {
  applicationId: string;
  version: number;
  response: string;
  /** YYYY-MM-DD */
  receivedOn: string;
};

export type RecordProviderChoiceInput = {
  decisionId: string;
  providerId: string;
  madeBy: ProviderChoiceMadeBy;
  /** Who called, e.g. "Erik Andersson, son och ombud"; required when a representative chose. At most 200 characters. */
  madeByName?: string | null | undefined;
};

export type RecordServiceStartInput = {
  decisionId: string;
  /** YYYY-MM-DD */
  startedOn: string;
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

/** An application that came by phone, paper, the contact centre or a discharge notice ("registrera ansökan"). */
export type RegisterApplicationInput = {
  /** The person it is for (identity: personByPersonalIdentityNumber, or registerPerson when new). */
  applicantId: string;
  /** PHONE, PAPER, CONTACT_CENTRE or HOSPITAL_DISCHARGE (the last is always urgent and goes to the intake group). */
  channel: ApplicationChannel;
  /** The Stockholm day the unit received it, YYYY-MM-DD; not in the future. */
  receivedOn: string;
  /** The Stockholm time of day, HH:MM; not in the future. */
  receivedTime: string;
  /** Marks it urgent ("brådskande") for another channel; a discharge notice always is. */
  urgent?: boolean | null | undefined;
  /** As the portal sends them; the application must be complete. */
  answers: ApplicationAnswersInput;
  /** A UUID the page makes once per form: pressing again never makes a second case. */
  registrationKey: string;
};

export type RemoveAttachmentInput = {
  id: string;
};

export type RequestCallbackInput = {
  /** Whom the call is about: yourself or a person you represent. */
  personId: string;
  /** The number to call: digits, spaces, + and -, 6 to 20 characters. */
  phone: string;
  /** What it is about, optional; at most 2000 characters. */
  message?: string | null | undefined;
};

export type RequestedServiceAnswerInput = {
  serviceType: ServiceType;
  /** The needs in the applicant's own words; at most 4000 characters, may be empty in a draft. */
  needs: string;
};

export type RespondToInvestigationInput = {
  applicationId: string;
  /** What the applicant wants to say about the investigation; 1 to 10000 characters. */
  response: string;
};

export type SaveApplicationDraftInput = {
  id: string;
  /** The version you loaded; a stale one answers ConflictError and saves nothing. */
  version: number;
  /** The page the applicant is on, to come back to it; at most 40 characters. Left out keeps the saved one. */
  draftStep?: string | null | undefined;
  answers: ApplicationAnswersInput;
};

export type SaveInvestigationInput = {
  applicationId: string;
  /** The case version you saw. */
  version: number;
  /** Areas to save; areas left out keep what was saved. */
  lifeAreas?: Array<LifeAreaInput> | null | undefined;
  /** Descriptions to save; an empty text removes one. */
  serviceDescriptions?: Array<ServiceDescriptionInput> | null | undefined;
  /** The caseworker’s assessment ("bedömning"), never communicated. */
  assessment?: string | null | undefined;
};

export type SaveViolenceScreeningInput = {
  applicationId: string;
  version: number;
  /** FREDA or REAGERA_S. */
  method: string;
  /** A JSON object of question → answer, both text. */
  answers: string;
  notes?: string | null | undefined;
};

export type SendAttachmentsInput = {
  applicationId: string;
  /** RESPONSE or APPEAL: an application’s own files are sent with it. */
  purpose: AttachmentPurpose;
  /** At most 20. */
  attachmentIds: Array<string>;
};

/** What the investigation says about one requested service of this application. */
export type ServiceDescriptionInput = {
  requestedServiceId: string;
  text: string;
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

export const SortDirection = {
  Asc: 'ASC',
  Desc: 'DESC'
} as const;

export type SortDirection = typeof SortDirection[keyof typeof SortDirection];
/** CASEWORKER biståndshandläggare, MANAGER chef, OUTREACH uppsökande, QUALITY_COUNCIL kvalitetsråd. */
export const StaffRole = {
  Caseworker: 'CASEWORKER',
  Manager: 'MANAGER',
  Outreach: 'OUTREACH',
  QualityCouncil: 'QUALITY_COUNCIL',
  Activities: 'ACTIVITIES'
} as const;

export type StaffRole = typeof StaffRole[keyof typeof StaffRole];
export type StartApplicationInput = {
  /** The person the application is for: yourself, or someone you may act for. */
  applicantId: string;
  /** The name of the person it is for, as the portal read it from identity: mail to a representative names whom it concerns. Replaced by the name identity gives when a caseworker takes the case. */
  applicantName?: string | null | undefined;
  /** Your own preferred language (Person.preferredLanguage), as the portal read it from identity, when you apply for someone else: mails to you are written in it where mails exist in that language, else in Swedish. A code identity does not know is ignored. */
  submitterLanguage?: string | null | undefined;
};

export type SubmitApplicationInput = {
  id: string;
  /** A UUID the portal makes once per application and sends with every press of the button: the same key never makes a second case. */
  submissionKey: string;
};

export type TakeApplicationInput = {
  id: string;
  version: number;
  /** The applicant’s legal gender as the staff portal read it from the federated Person (identity owns it). Kept as a copy for statistics split by gender only; cases without it count as "okänt". */
  applicantLegalGender?: LegalGender | null | undefined;
  /** The applicant’s name as the staff portal read it from the federated Person: kept so that mail to a representative names whom it concerns, and for the provider’s order. */
  applicantName?: string | null | undefined;
  /** The applicant’s district area from the federated Person, when the case has none: which providers may be chosen (LOV). */
  applicantDistrictArea?: string | null | undefined;
};

export type EndRepresentationInput = {
  id: string;
};

/** A person not known yet, as written down from the phone call, letter or discharge notice. */
export type RegisterPersonInput = {
  /** Personnummer or samordningsnummer, 12 digits (a hyphen is allowed). */
  personalIdentityNumber: string;
  /** Förnamn; at most 100 characters. */
  givenName: string;
  /** Efternamn; at most 100 characters. */
  familyName: string;
  /** Stadsdelsområde, e.g. Hägersten; empty when not known. */
  districtArea?: string | null | undefined;
  /** A known ISO 639 code (@omsorg/rules PERSON_LANGUAGES), e.g. sv, fi, smj; empty means Swedish. Another code is a ValidationError. */
  preferredLanguage?: string | null | undefined;
  /** Behöver tolk. */
  interpreterNeeded?: boolean | null | undefined;
};

/** A representation as written in the paper document (fullmakt, beslut om god man eller förvaltare). */
export type RegisterRepresentationInput = {
  /** The person represented ("huvudman"). */
  representedId: string;
  kind: RepresentationKind;
  /** The representative's personnummer, 12 digits (a hyphen is allowed). */
  representativePersonalIdentityNumber: string;
  /** Needed only when the representative is not known yet. */
  representativeGivenName?: string | null | undefined;
  /** Needed only when the representative is not known yet. */
  representativeFamilyName?: string | null | undefined;
  /** First day in force, YYYY-MM-DD. */
  validFrom: string;
  /** Last day in force, YYYY-MM-DD; empty when open-ended. */
  validTo?: string | null | undefined;
  /** The date of the document, YYYY-MM-DD. */
  documentDate: string;
};

/** POWER_OF_ATTORNEY fullmakt, TRUSTEE god man, ADMINISTRATOR förvaltare. */
export const RepresentationKind = {
  PowerOfAttorney: 'POWER_OF_ATTORNEY',
  Trustee: 'TRUSTEE',
  Administrator: 'ADMINISTRATOR'
} as const;

export type RepresentationKind = typeof RepresentationKind[keyof typeof RepresentationKind];
/** How often the person feels lonely ("känner du dig ensam?"). */
export const Loneliness = {
  /** Never ("aldrig"). */
  Never: 'NEVER',
  /** Sometimes ("ibland"). */
  Sometimes: 'SOMETIMES',
  /** Often ("ofta"). */
  Often: 'OFTEN'
} as const;

export type Loneliness = typeof Loneliness[keyof typeof Loneliness];
export type ApplicationAnswersFieldsFragment = { livesAlone: boolean | null, helpFromRelatives: string, recentHospitalStay: boolean | null, contactMethod: ContactMethod | null, contactWhom: ContactWhom | null, phone: string, email: string, bestTime: string, language: string, interpreterNeeded: boolean | null, consentToContactHealthCare: boolean | null, services: Array<{ serviceType: ServiceType, needs: string }> };

export type AttachmentFieldsFragment = { id: string, fileName: string, contentType: string, sizeBytes: number, purpose: AttachmentPurpose, uploadedAt: string, byStaff: boolean, sent: boolean, removable: boolean, downloadPath: string };

export type CaseAttachmentsQueryVariables = Exact<{
  id: string;
}>;


export type CaseAttachmentsQuery = { application: { id: string, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, purpose: AttachmentPurpose, uploadedAt: string, byStaff: boolean, sent: boolean, removable: boolean, downloadPath: string }> } | null, attachmentRules: { maxBytes: number, acceptedContentTypes: Array<string>, acceptedExtensions: Array<string> } };

export type RemoveAttachmentMutationVariables = Exact<{
  input: RemoveAttachmentInput;
}>;


export type RemoveAttachmentMutation = { removeAttachment:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRemoveAttachmentSuccess', data: { id: string } }
   };

export type SendAttachmentsMutationVariables = Exact<{
  input: SendAttachmentsInput;
}>;


export type SendAttachmentsMutation = { sendAttachments:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationSendAttachmentsSuccess', data: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, purpose: AttachmentPurpose, uploadedAt: string, byStaff: boolean, sent: boolean, removable: boolean, downloadPath: string }> }
   };

export type CitizenDraftFragment = { id: string, reference: string | null, status: ApplicationStatus, version: number, draftStep: string | null, submittedAt: string | null, applicant: { id: string, fullName: string, preferredLanguage: string, interpreterNeeded: boolean } | null, answers: { livesAlone: boolean | null, helpFromRelatives: string, recentHospitalStay: boolean | null, contactMethod: ContactMethod | null, contactWhom: ContactWhom | null, phone: string, email: string, bestTime: string, language: string, interpreterNeeded: boolean | null, consentToContactHealthCare: boolean | null, services: Array<{ serviceType: ServiceType, needs: string }> } };

export type CitizenApplicationDraftQueryVariables = Exact<{
  id: string;
}>;


export type CitizenApplicationDraftQuery = { application: { id: string, reference: string | null, status: ApplicationStatus, version: number, draftStep: string | null, submittedAt: string | null, applicant: { id: string, fullName: string, preferredLanguage: string, interpreterNeeded: boolean } | null, answers: { livesAlone: boolean | null, helpFromRelatives: string, recentHospitalStay: boolean | null, contactMethod: ContactMethod | null, contactWhom: ContactWhom | null, phone: string, email: string, bestTime: string, language: string, interpreterNeeded: boolean | null, consentToContactHealthCare: boolean | null, services: Array<{ serviceType: ServiceType, needs: string }> } } | null };

export type CitizenStartApplicationMutationVariables = Exact<{
  input: StartApplicationInput;
}>;


export type CitizenStartApplicationMutation = { startApplication:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationStartApplicationSuccess', data: { id: string, reference: string | null, status: ApplicationStatus, version: number, draftStep: string | null, submittedAt: string | null, applicant: { id: string, fullName: string, preferredLanguage: string, interpreterNeeded: boolean } | null, answers: { livesAlone: boolean | null, helpFromRelatives: string, recentHospitalStay: boolean | null, contactMethod: ContactMethod | null, contactWhom: ContactWhom | null, phone: string, email: string, bestTime: string, language: string, interpreterNeeded: boolean | null, consentToContactHealthCare: boolean | null, services: Array<{ serviceType: ServiceType, needs: string }> } } }
   };

export type CitizenSaveApplicationDraftMutationVariables = Exact<{
  input: SaveApplicationDraftInput;
}>;


export type CitizenSaveApplicationDraftMutation = { saveApplicationDraft:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationSaveApplicationDraftSuccess', data: { id: string, reference: string | null, status: ApplicationStatus, version: number, draftStep: string | null, submittedAt: string | null, applicant: { id: string, fullName: string, preferredLanguage: string, interpreterNeeded: boolean } | null, answers: { livesAlone: boolean | null, helpFromRelatives: string, recentHospitalStay: boolean | null, contactMethod: ContactMethod | null, contactWhom: ContactWhom | null, phone: string, email: string, bestTime: string, language: string, interpreterNeeded: boolean | null, consentToContactHealthCare: boolean | null, services: Array<{ serviceType: ServiceType, needs: string }> } } }
   };

export type CitizenSubmitApplicationMutationVariables = Exact<{
  input: SubmitApplicationInput;
}>;


export type CitizenSubmitApplicationMutation = { submitApplication:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationSubmitApplicationSuccess', data: { id: string, reference: string | null, status: ApplicationStatus, version: number, draftStep: string | null, submittedAt: string | null, applicant: { id: string, fullName: string, preferredLanguage: string, interpreterNeeded: boolean } | null, answers: { livesAlone: boolean | null, helpFromRelatives: string, recentHospitalStay: boolean | null, contactMethod: ContactMethod | null, contactWhom: ContactWhom | null, phone: string, email: string, bestTime: string, language: string, interpreterNeeded: boolean | null, consentToContactHealthCare: boolean | null, services: Array<{ serviceType: ServiceType, needs: string }> } } }
   };

export type CitizenCallbackFragment = { id: string, requestedByYou: boolean, phone: string, message: string, requestedAt: string, dueAt: string, completedAt: string | null, person: { id: string, fullName: string } | null, application: { id: string, reference: string | null } | null };

export type CitizenMyCallbackRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type CitizenMyCallbackRequestsQuery = { myCallbackRequests: Array<{ id: string, requestedByYou: boolean, phone: string, message: string, requestedAt: string, dueAt: string, completedAt: string | null, person: { id: string, fullName: string } | null, application: { id: string, reference: string | null } | null }> };

export type CitizenRequestCallbackMutationVariables = Exact<{
  input: RequestCallbackInput;
}>;


export type CitizenRequestCallbackMutation = { requestCallback:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRequestCallbackSuccess', data: { id: string, requestedByYou: boolean, phone: string, message: string, requestedAt: string, dueAt: string, completedAt: string | null, person: { id: string, fullName: string } | null, application: { id: string, reference: string | null } | null } }
   };

export type CitizenAppealDecisionMutationVariables = Exact<{
  input: AppealDecisionInput;
}>;


export type CitizenAppealDecisionMutation = { appealDecision:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationAppealDecisionSuccess', data: { id: string, receivedOn: string, inTime: boolean, status: AppealStatus, forwardedOn: string | null, courtDecidedOn: string | null } }
   };

export type CitizenAppealFragment = { id: string, receivedOn: string, inTime: boolean, status: AppealStatus, forwardedOn: string | null, courtDecidedOn: string | null };

export type CitizenDecisionFragment = { canAppeal: boolean, id: string, status: DecisionStatus, outcome: DecisionOutcome, hoursPerMonth: number | null, validFrom: string | null, validTo: string | null, motivation: string, decidedAt: string | null, notifiedOn: string | null, appealDeadline: string | null, appeals: Array<{ id: string, receivedOn: string, inTime: boolean, status: AppealStatus, forwardedOn: string | null, courtDecidedOn: string | null }>, providerChoice: { id: string, provider: { id: string, name: string } } | null, order: { id: string, startOn: string, provider: { id: string, name: string } } | null, providerOptions: { totalCount: number } };

export type CitizenRequestedServiceFragment = { id: string, serviceType: ServiceType, needs: string, decision: { canAppeal: boolean, id: string, status: DecisionStatus, outcome: DecisionOutcome, hoursPerMonth: number | null, validFrom: string | null, validTo: string | null, motivation: string, decidedAt: string | null, notifiedOn: string | null, appealDeadline: string | null, appeals: Array<{ id: string, receivedOn: string, inTime: boolean, status: AppealStatus, forwardedOn: string | null, courtDecidedOn: string | null }>, providerChoice: { id: string, provider: { id: string, name: string } } | null, order: { id: string, startOn: string, provider: { id: string, name: string } } | null, providerOptions: { totalCount: number } } | null, decisions: Array<{ id: string, status: DecisionStatus, appeals: Array<{ id: string, receivedOn: string, inTime: boolean, status: AppealStatus, forwardedOn: string | null, courtDecidedOn: string | null }> }> };

export type CitizenInvestigationFragment = { communicatedAt: string, responseDueOn: string, response: string | null, respondedAt: string | null, canRespond: boolean, lifeAreas: Array<{ area: LifeArea, needs: string, wishes: string, resources: string }>, serviceDescriptions: Array<{ requestedServiceId: string, serviceType: ServiceType, text: string }> };

export type CitizenTimelineEventFragment = { id: string, at: string, type: string, data: string | null };

export type CitizenCaseQueryVariables = Exact<{
  id: string;
}>;


export type CitizenCaseQuery = { application: { id: string, reference: string | null, status: ApplicationStatus, createdAt: string, submittedAt: string | null, draftStep: string | null, submittedBy: { id: string, fullName: string } | null, answers: { email: string }, requestedServices: Array<{ id: string, serviceType: ServiceType, needs: string, decision: { canAppeal: boolean, id: string, status: DecisionStatus, outcome: DecisionOutcome, hoursPerMonth: number | null, validFrom: string | null, validTo: string | null, motivation: string, decidedAt: string | null, notifiedOn: string | null, appealDeadline: string | null, appeals: Array<{ id: string, receivedOn: string, inTime: boolean, status: AppealStatus, forwardedOn: string | null, courtDecidedOn: string | null }>, providerChoice: { id: string, provider: { id: string, name: string } } | null, order: { id: string, startOn: string, provider: { id: string, name: string } } | null, providerOptions: { totalCount: number } } | null, decisions: Array<{ id: string, status: DecisionStatus, appeals: Array<{ id: string, receivedOn: string, inTime: boolean, status: AppealStatus, forwardedOn: string | null, courtDecidedOn: string | null }> }> }>, timeline: Array<{ id: string, at: string, type: string, data: string | null }>, communicatedInvestigation: { communicatedAt: string, responseDueOn: string, response: string | null, respondedAt: string | null, canRespond: boolean, lifeAreas: Array<{ area: LifeArea, needs: string, wishes: string, resources: string }>, serviceDescriptions: Array<{ requestedServiceId: string, serviceType: ServiceType, text: string }> } | null, applicant: { id: string, fullName: string } | null } | null };

export type CitizenDecisionLetterQueryVariables = Exact<{
  id: string;
  recipient?: LetterRecipientInput | null | undefined;
  concerning?: string | null | undefined;
}>;


export type CitizenDecisionLetterQuery = { application: { id: string, decisionLetter: { fileName: string, contentBase64: string, language: string } | null } | null };

export type CitizenRespondToInvestigationMutationVariables = Exact<{
  input: RespondToInvestigationInput;
}>;


export type CitizenRespondToInvestigationMutation = { respondToInvestigation:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRespondToInvestigationSuccess', data: { id: string, communicatedInvestigation: { response: string | null, respondedAt: string | null, canRespond: boolean } | null } }
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

export type CitizenProviderOptionFragment = { id: string, name: string, inHouse: boolean, profile: string, languages: Array<string> };

export type CitizenProviderChoiceQueryVariables = Exact<{
  id: string;
}>;


export type CitizenProviderChoiceQuery = { application: { id: string, reference: string | null, applicant: { id: string, fullName: string } | null, requestedServices: Array<{ id: string, serviceType: ServiceType, decision: { id: string, status: DecisionStatus, outcome: DecisionOutcome, order: { id: string, startOn: string, provider: { id: string, name: string } } | null, providerChoice: { id: string, provider: { id: string, name: string } } | null, providerOptions: { totalCount: number, nodes: Array<{ id: string, name: string, inHouse: boolean, profile: string, languages: Array<string> }> } } | null }> } | null };

export type CitizenChooseProviderMutationVariables = Exact<{
  input: ChooseProviderInput;
}>;


export type CitizenChooseProviderMutation = { chooseProvider:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationChooseProviderSuccess', data: { id: string, provider: { id: string, name: string } } }
   };

export type DecisionCoreFragment = { id: string, status: DecisionStatus, outcome: DecisionOutcome, hoursPerMonth: number | null, validFrom: string | null, validTo: string | null, motivation: string, decidedAt: string | null, notifiedOn: string | null, appealDeadline: string | null };

type MutationErrors_ConflictError_Fragment = { __typename: 'ConflictError', currentVersion: number, message: string };

type MutationErrors_DelegationError_Fragment = { __typename: 'DelegationError', requiredRole: StaffRole, message: string };

type MutationErrors_NotFoundError_Fragment = { __typename: 'NotFoundError', message: string };

type MutationErrors_RateLimitError_Fragment = { __typename: 'RateLimitError', message: string };

type MutationErrors_ValidationError_Fragment = { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> };

type MutationErrors_CapacityBelowRegisteredError_Fragment = { __typename: 'CapacityBelowRegisteredError', message: string };

type MutationErrors_RegistrationClosedError_Fragment = { __typename: 'RegistrationClosedError', message: string };

type MutationErrors_BookingRefusedError_Fragment = { __typename: 'BookingRefusedError', message: string };

type MutationErrors_CohortAlreadyFixedError_Fragment = { __typename: 'CohortAlreadyFixedError', message: string };

type MutationErrors_ConsentRequiredError_Fragment = { __typename: 'ConsentRequiredError', message: string };

type MutationErrors_LetterBatchRunningError_Fragment = { __typename: 'LetterBatchRunningError', message: string };

type MutationErrors_SlotTakenError_Fragment = { __typename: 'SlotTakenError', message: string };

export type MutationErrorsFragment =
  | MutationErrors_ConflictError_Fragment
  | MutationErrors_DelegationError_Fragment
  | MutationErrors_NotFoundError_Fragment
  | MutationErrors_RateLimitError_Fragment
  | MutationErrors_ValidationError_Fragment
  | MutationErrors_CapacityBelowRegisteredError_Fragment
  | MutationErrors_RegistrationClosedError_Fragment
  | MutationErrors_BookingRefusedError_Fragment
  | MutationErrors_CohortAlreadyFixedError_Fragment
  | MutationErrors_ConsentRequiredError_Fragment
  | MutationErrors_LetterBatchRunningError_Fragment
  | MutationErrors_SlotTakenError_Fragment
;

export type InvestigationLifeAreaFragment = { area: LifeArea, needs: string, wishes: string, resources: string };

export type InvestigationServiceDescriptionFragment = { requestedServiceId: string, serviceType: ServiceType, text: string };

export type StaffReconsiderAppealMutationVariables = Exact<{
  input: ReconsiderAppealInput;
}>;


export type StaffReconsiderAppealMutation = { reconsiderAppeal:
    | { __typename: 'DelegationError', requiredRole: StaffRole, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationReconsiderAppealSuccess', data: { id: string, status: AppealStatus, inTime: boolean } }
   };

export type StaffForwardAppealMutationVariables = Exact<{
  input: ForwardAppealInput;
}>;


export type StaffForwardAppealMutation = { forwardAppeal:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationForwardAppealSuccess', data: { id: string, status: AppealStatus, forwardedOn: string | null } }
   };

export type StaffRecordCourtOutcomeMutationVariables = Exact<{
  input: RecordCourtOutcomeInput;
}>;


export type StaffRecordCourtOutcomeMutation = { recordCourtOutcome:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRecordCourtOutcomeSuccess', data: { id: string, status: AppealStatus, courtDecidedOn: string | null } }
   };

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

export type StaffDecisionFieldsFragment = { startedOn: string | null, communicationException: CommunicationException | null, communicationExceptionNote: string | null, id: string, status: DecisionStatus, outcome: DecisionOutcome, hoursPerMonth: number | null, validFrom: string | null, validTo: string | null, motivation: string, decidedAt: string | null, notifiedOn: string | null, appealDeadline: string | null, legalProvision: { id: string, code: string, law: string, citation: string, title: string } | null, decidedBy: { id: string, name: string } | null, proposedBy: { id: string, name: string } | null, appeals: Array<{ id: string, receivedOn: string, channel: string, text: string, inTime: boolean, status: AppealStatus, forwardedOn: string | null, courtDecidedOn: string | null, courtNote: string | null }>, order: { id: string, goals: string, startOn: string, orderedOn: string, planDueOn: string, planReceivedOn: string | null, planOverdue: boolean, deviationRaisedOn: string | null, provider: { id: string, name: string, inHouse: boolean } } | null, followUps: Array<{ id: string, dueOn: string, reason: string, completedOn: string | null, outcome: FollowUpOutcome | null, note: string | null, overdue: boolean }> };

export type StaffCaseFieldsFragment = { id: string, reference: string | null, status: ApplicationStatus, channel: ApplicationChannel, version: number, createdAt: string, submittedAt: string | null, updatedAt: string, urgent: boolean, districtArea: string | null, dueOn: string | null, overdue: boolean, applicant: { id: string, fullName: string, age: number, birthDate: string, legalGender: LegalGender, preferredLanguage: string, interpreterNeeded: boolean, districtArea: string | null, representatives: Array<{ id: string, kind: RepresentationKind, validFrom: string, validTo: string | null, documentDate: string | null, representativeName: string }> } | null, submittedBy: { id: string, fullName: string } | null, assignee: { id: string, name: string } | null, answers: { livesAlone: boolean | null, helpFromRelatives: string, recentHospitalStay: boolean | null, contactMethod: ContactMethod | null, contactWhom: ContactWhom | null, phone: string, email: string, bestTime: string, language: string, interpreterNeeded: boolean | null, consentToContactHealthCare: boolean | null, services: Array<{ serviceType: ServiceType, needs: string }> }, requestedServices: Array<{ id: string, serviceType: ServiceType, decisions: Array<{ startedOn: string | null, communicationException: CommunicationException | null, communicationExceptionNote: string | null, id: string, status: DecisionStatus, outcome: DecisionOutcome, hoursPerMonth: number | null, validFrom: string | null, validTo: string | null, motivation: string, decidedAt: string | null, notifiedOn: string | null, appealDeadline: string | null, legalProvision: { id: string, code: string, law: string, citation: string, title: string } | null, decidedBy: { id: string, name: string } | null, proposedBy: { id: string, name: string } | null, appeals: Array<{ id: string, receivedOn: string, channel: string, text: string, inTime: boolean, status: AppealStatus, forwardedOn: string | null, courtDecidedOn: string | null, courtNote: string | null }>, order: { id: string, goals: string, startOn: string, orderedOn: string, planDueOn: string, planReceivedOn: string | null, planOverdue: boolean, deviationRaisedOn: string | null, provider: { id: string, name: string, inHouse: boolean } } | null, followUps: Array<{ id: string, dueOn: string, reason: string, completedOn: string | null, outcome: FollowUpOutcome | null, note: string | null, overdue: boolean }> }> }>, timeline: Array<{ id: string, at: string, type: string, data: string | null, actor: { id: string, name: string } | null, person: { id: string, fullName: string } | null }>, communicatedInvestigation: { communicatedAt: string, responseDueOn: string, response: string | null, respondedAt: string | null } | null, communicationBeforeDecision: { state: CommunicationState, responseDueOn: string | null, adverseDecisionAllowed: boolean }, investigation: { assessment: string, describesEveryService: boolean, violenceScreeningDone: boolean, homeVisitAt: string | null, homeVisitPlace: string | null, homeVisitInvitedAt: string | null, lifeAreas: Array<{ area: LifeArea, needs: string, wishes: string, resources: string }>, serviceDescriptions: Array<{ requestedServiceId: string, serviceType: ServiceType, text: string }> } | null, openedBy: { totalCount: number, nodes: Array<{ at: string, staff: { id: string, name: string } }> } };

export type StaffApplicationQueryVariables = Exact<{
  id: string;
}>;


export type StaffApplicationQuery = { application: { id: string, reference: string | null, status: ApplicationStatus, channel: ApplicationChannel, version: number, createdAt: string, submittedAt: string | null, updatedAt: string, urgent: boolean, districtArea: string | null, dueOn: string | null, overdue: boolean, applicant: { id: string, fullName: string, age: number, birthDate: string, legalGender: LegalGender, preferredLanguage: string, interpreterNeeded: boolean, districtArea: string | null, representatives: Array<{ id: string, kind: RepresentationKind, validFrom: string, validTo: string | null, documentDate: string | null, representativeName: string }> } | null, submittedBy: { id: string, fullName: string } | null, assignee: { id: string, name: string } | null, answers: { livesAlone: boolean | null, helpFromRelatives: string, recentHospitalStay: boolean | null, contactMethod: ContactMethod | null, contactWhom: ContactWhom | null, phone: string, email: string, bestTime: string, language: string, interpreterNeeded: boolean | null, consentToContactHealthCare: boolean | null, services: Array<{ serviceType: ServiceType, needs: string }> }, requestedServices: Array<{ id: string, serviceType: ServiceType, decisions: Array<{ startedOn: string | null, communicationException: CommunicationException | null, communicationExceptionNote: string | null, id: string, status: DecisionStatus, outcome: DecisionOutcome, hoursPerMonth: number | null, validFrom: string | null, validTo: string | null, motivation: string, decidedAt: string | null, notifiedOn: string | null, appealDeadline: string | null, legalProvision: { id: string, code: string, law: string, citation: string, title: string } | null, decidedBy: { id: string, name: string } | null, proposedBy: { id: string, name: string } | null, appeals: Array<{ id: string, receivedOn: string, channel: string, text: string, inTime: boolean, status: AppealStatus, forwardedOn: string | null, courtDecidedOn: string | null, courtNote: string | null }>, order: { id: string, goals: string, startOn: string, orderedOn: string, planDueOn: string, planReceivedOn: string | null, planOverdue: boolean, deviationRaisedOn: string | null, provider: { id: string, name: string, inHouse: boolean } } | null, followUps: Array<{ id: string, dueOn: string, reason: string, completedOn: string | null, outcome: FollowUpOutcome | null, note: string | null, overdue: boolean }> }> }>, timeline: Array<{ id: string, at: string, type: string, data: string | null, actor: { id: string, name: string } | null, person: { id: string, fullName: string } | null }>, communicatedInvestigation: { communicatedAt: string, responseDueOn: string, response: string | null, respondedAt: string | null } | null, communicationBeforeDecision: { state: CommunicationState, responseDueOn: string | null, adverseDecisionAllowed: boolean }, investigation: { assessment: string, describesEveryService: boolean, violenceScreeningDone: boolean, homeVisitAt: string | null, homeVisitPlace: string | null, homeVisitInvitedAt: string | null, lifeAreas: Array<{ area: LifeArea, needs: string, wishes: string, resources: string }>, serviceDescriptions: Array<{ requestedServiceId: string, serviceType: ServiceType, text: string }> } | null, openedBy: { totalCount: number, nodes: Array<{ at: string, staff: { id: string, name: string } }> } } | null };

export type StaffCaseSupportQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffCaseSupportQuery = { serviceCatalogue: Array<{ type: ServiceType, needsAssessment: boolean, managerDecides: boolean }>, legalProvisions: Array<{ id: string, code: string, law: string, citation: string, title: string, validFrom: string, validTo: string | null, serviceTypes: Array<ServiceType>, defaultFor: Array<ServiceType> }> };

export type StaffCommunicateInvestigationMutationVariables = Exact<{
  input: CommunicateInvestigationInput;
}>;


export type StaffCommunicateInvestigationMutation = { communicateInvestigation:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCommunicateInvestigationSuccess', data: { id: string, reference: string | null, status: ApplicationStatus, channel: ApplicationChannel, version: number, createdAt: string, submittedAt: string | null, updatedAt: string, urgent: boolean, districtArea: string | null, dueOn: string | null, overdue: boolean, applicant: { id: string, fullName: string, age: number, birthDate: string, legalGender: LegalGender, preferredLanguage: string, interpreterNeeded: boolean, districtArea: string | null, representatives: Array<{ id: string, kind: RepresentationKind, validFrom: string, validTo: string | null, documentDate: string | null, representativeName: string }> } | null, submittedBy: { id: string, fullName: string } | null, assignee: { id: string, name: string } | null, answers: { livesAlone: boolean | null, helpFromRelatives: string, recentHospitalStay: boolean | null, contactMethod: ContactMethod | null, contactWhom: ContactWhom | null, phone: string, email: string, bestTime: string, language: string, interpreterNeeded: boolean | null, consentToContactHealthCare: boolean | null, services: Array<{ serviceType: ServiceType, needs: string }> }, requestedServices: Array<{ id: string, serviceType: ServiceType, decisions: Array<{ startedOn: string | null, communicationException: CommunicationException | null, communicationExceptionNote: string | null, id: string, status: DecisionStatus, outcome: DecisionOutcome, hoursPerMonth: number | null, validFrom: string | null, validTo: string | null, motivation: string, decidedAt: string | null, notifiedOn: string | null, appealDeadline: string | null, legalProvision: { id: string, code: string, law: string, citation: string, title: string } | null, decidedBy: { id: string, name: string } | null, proposedBy: { id: string, name: string } | null, appeals: Array<{ id: string, receivedOn: string, channel: string, text: string, inTime: boolean, status: AppealStatus, forwardedOn: string | null, courtDecidedOn: string | null, courtNote: string | null }>, order: { id: string, goals: string, startOn: string, orderedOn: string, planDueOn: string, planReceivedOn: string | null, planOverdue: boolean, deviationRaisedOn: string | null, provider: { id: string, name: string, inHouse: boolean } } | null, followUps: Array<{ id: string, dueOn: string, reason: string, completedOn: string | null, outcome: FollowUpOutcome | null, note: string | null, overdue: boolean }> }> }>, timeline: Array<{ id: string, at: string, type: string, data: string | null, actor: { id: string, name: string } | null, person: { id: string, fullName: string } | null }>, communicatedInvestigation: { communicatedAt: string, responseDueOn: string, response: string | null, respondedAt: string | null } | null, communicationBeforeDecision: { state: CommunicationState, responseDueOn: string | null, adverseDecisionAllowed: boolean }, investigation: { assessment: string, describesEveryService: boolean, violenceScreeningDone: boolean, homeVisitAt: string | null, homeVisitPlace: string | null, homeVisitInvitedAt: string | null, lifeAreas: Array<{ area: LifeArea, needs: string, wishes: string, resources: string }>, serviceDescriptions: Array<{ requestedServiceId: string, serviceType: ServiceType, text: string }> } | null, openedBy: { totalCount: number, nodes: Array<{ at: string, staff: { id: string, name: string } }> } } }
   };

export type StaffRecordInvestigationResponseMutationVariables = Exact<{
  input: RecordInvestigationResponseInput;
}>;


export type StaffRecordInvestigationResponseMutation = { recordInvestigationResponse:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRecordInvestigationResponseSuccess', data: { id: string, reference: string | null, status: ApplicationStatus, channel: ApplicationChannel, version: number, createdAt: string, submittedAt: string | null, updatedAt: string, urgent: boolean, districtArea: string | null, dueOn: string | null, overdue: boolean, applicant: { id: string, fullName: string, age: number, birthDate: string, legalGender: LegalGender, preferredLanguage: string, interpreterNeeded: boolean, districtArea: string | null, representatives: Array<{ id: string, kind: RepresentationKind, validFrom: string, validTo: string | null, documentDate: string | null, representativeName: string }> } | null, submittedBy: { id: string, fullName: string } | null, assignee: { id: string, name: string } | null, answers: { livesAlone: boolean | null, helpFromRelatives: string, recentHospitalStay: boolean | null, contactMethod: ContactMethod | null, contactWhom: ContactWhom | null, phone: string, email: string, bestTime: string, language: string, interpreterNeeded: boolean | null, consentToContactHealthCare: boolean | null, services: Array<{ serviceType: ServiceType, needs: string }> }, requestedServices: Array<{ id: string, serviceType: ServiceType, decisions: Array<{ startedOn: string | null, communicationException: CommunicationException | null, communicationExceptionNote: string | null, id: string, status: DecisionStatus, outcome: DecisionOutcome, hoursPerMonth: number | null, validFrom: string | null, validTo: string | null, motivation: string, decidedAt: string | null, notifiedOn: string | null, appealDeadline: string | null, legalProvision: { id: string, code: string, law: string, citation: string, title: string } | null, decidedBy: { id: string, name: string } | null, proposedBy: { id: string, name: string } | null, appeals: Array<{ id: string, receivedOn: string, channel: string, text: string, inTime: boolean, status: AppealStatus, forwardedOn: string | null, courtDecidedOn: string | null, courtNote: string | null }>, order: { id: string, goals: string, startOn: string, orderedOn: string, planDueOn: string, planReceivedOn: string | null, planOverdue: boolean, deviationRaisedOn: string | null, provider: { id: string, name: string, inHouse: boolean } } | null, followUps: Array<{ id: string, dueOn: string, reason: string, completedOn: string | null, outcome: FollowUpOutcome | null, note: string | null, overdue: boolean }> }> }>, timeline: Array<{ id: string, at: string, type: string, data: string | null, actor: { id: string, name: string } | null, person: { id: string, fullName: string } | null }>, communicatedInvestigation: { communicatedAt: string, responseDueOn: string, response: string | null, respondedAt: string | null } | null, communicationBeforeDecision: { state: CommunicationState, responseDueOn: string | null, adverseDecisionAllowed: boolean }, investigation: { assessment: string, describesEveryService: boolean, violenceScreeningDone: boolean, homeVisitAt: string | null, homeVisitPlace: string | null, homeVisitInvitedAt: string | null, lifeAreas: Array<{ area: LifeArea, needs: string, wishes: string, resources: string }>, serviceDescriptions: Array<{ requestedServiceId: string, serviceType: ServiceType, text: string }> } | null, openedBy: { totalCount: number, nodes: Array<{ at: string, staff: { id: string, name: string } }> } } }
   };

export type StaffInvestigationLetterQueryVariables = Exact<{
  id: string;
  recipient?: LetterRecipientInput | null | undefined;
  concerning?: string | null | undefined;
}>;


export type StaffInvestigationLetterQuery = { application: { id: string, investigationLetter: { fileName: string, contentBase64: string, language: string } | null } | null };

export type StaffDecideMutationVariables = Exact<{
  input: DecideInput;
}>;


export type StaffDecideMutation = { decide:
    | { __typename: 'DelegationError', requiredRole: StaffRole, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationDecideSuccess', data: { id: string, status: DecisionStatus, application: { id: string, version: number } } }
   };

export type StaffProposeDecisionMutationVariables = Exact<{
  input: DecideInput;
}>;


export type StaffProposeDecisionMutation = { proposeDecision:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationProposeDecisionSuccess', data: { id: string, status: DecisionStatus, application: { id: string, version: number } } }
   };

export type StaffDecisionLetterQueryVariables = Exact<{
  id: string;
  recipient?: LetterRecipientInput | null | undefined;
  concerning?: string | null | undefined;
}>;


export type StaffDecisionLetterQuery = { application: { id: string, decisionLetter: { fileName: string, contentBase64: string, language: string } | null } | null };

export type StaffCompleteFollowUpMutationVariables = Exact<{
  input: CompleteFollowUpInput;
}>;


export type StaffCompleteFollowUpMutation = { completeFollowUp:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCompleteFollowUpSuccess', data: { id: string, completedOn: string | null, outcome: FollowUpOutcome | null } }
   };

export type StaffHomeVisitLetterQueryVariables = Exact<{
  id: string;
  recipient?: LetterRecipientInput | null | undefined;
  concerning?: string | null | undefined;
}>;


export type StaffHomeVisitLetterQuery = { application: { id: string, homeVisitLetter: { fileName: string, contentBase64: string, language: string } | null } | null };

export type StaffSaveInvestigationMutationVariables = Exact<{
  input: SaveInvestigationInput;
}>;


export type StaffSaveInvestigationMutation = { saveInvestigation:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationSaveInvestigationSuccess', data: { id: string, reference: string | null, status: ApplicationStatus, channel: ApplicationChannel, version: number, createdAt: string, submittedAt: string | null, updatedAt: string, urgent: boolean, districtArea: string | null, dueOn: string | null, overdue: boolean, applicant: { id: string, fullName: string, age: number, birthDate: string, legalGender: LegalGender, preferredLanguage: string, interpreterNeeded: boolean, districtArea: string | null, representatives: Array<{ id: string, kind: RepresentationKind, validFrom: string, validTo: string | null, documentDate: string | null, representativeName: string }> } | null, submittedBy: { id: string, fullName: string } | null, assignee: { id: string, name: string } | null, answers: { livesAlone: boolean | null, helpFromRelatives: string, recentHospitalStay: boolean | null, contactMethod: ContactMethod | null, contactWhom: ContactWhom | null, phone: string, email: string, bestTime: string, language: string, interpreterNeeded: boolean | null, consentToContactHealthCare: boolean | null, services: Array<{ serviceType: ServiceType, needs: string }> }, requestedServices: Array<{ id: string, serviceType: ServiceType, decisions: Array<{ startedOn: string | null, communicationException: CommunicationException | null, communicationExceptionNote: string | null, id: string, status: DecisionStatus, outcome: DecisionOutcome, hoursPerMonth: number | null, validFrom: string | null, validTo: string | null, motivation: string, decidedAt: string | null, notifiedOn: string | null, appealDeadline: string | null, legalProvision: { id: string, code: string, law: string, citation: string, title: string } | null, decidedBy: { id: string, name: string } | null, proposedBy: { id: string, name: string } | null, appeals: Array<{ id: string, receivedOn: string, channel: string, text: string, inTime: boolean, status: AppealStatus, forwardedOn: string | null, courtDecidedOn: string | null, courtNote: string | null }>, order: { id: string, goals: string, startOn: string, orderedOn: string, planDueOn: string, planReceivedOn: string | null, planOverdue: boolean, deviationRaisedOn: string | null, provider: { id: string, name: string, inHouse: boolean } } | null, followUps: Array<{ id: string, dueOn: string, reason: string, completedOn: string | null, outcome: FollowUpOutcome | null, note: string | null, overdue: boolean }> }> }>, timeline: Array<{ id: string, at: string, type: string, data: string | null, actor: { id: string, name: string } | null, person: { id: string, fullName: string } | null }>, communicatedInvestigation: { communicatedAt: string, responseDueOn: string, response: string | null, respondedAt: string | null } | null, communicationBeforeDecision: { state: CommunicationState, responseDueOn: string | null, adverseDecisionAllowed: boolean }, investigation: { assessment: string, describesEveryService: boolean, violenceScreeningDone: boolean, homeVisitAt: string | null, homeVisitPlace: string | null, homeVisitInvitedAt: string | null, lifeAreas: Array<{ area: LifeArea, needs: string, wishes: string, resources: string }>, serviceDescriptions: Array<{ requestedServiceId: string, serviceType: ServiceType, text: string }> } | null, openedBy: { totalCount: number, nodes: Array<{ at: string, staff: { id: string, name: string } }> } } }
   };

export type StaffBookHomeVisitMutationVariables = Exact<{
  input: BookHomeVisitInput;
}>;


export type StaffBookHomeVisitMutation = { bookHomeVisit:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationBookHomeVisitSuccess', data: { id: string, reference: string | null, status: ApplicationStatus, channel: ApplicationChannel, version: number, createdAt: string, submittedAt: string | null, updatedAt: string, urgent: boolean, districtArea: string | null, dueOn: string | null, overdue: boolean, applicant: { id: string, fullName: string, age: number, birthDate: string, legalGender: LegalGender, preferredLanguage: string, interpreterNeeded: boolean, districtArea: string | null, representatives: Array<{ id: string, kind: RepresentationKind, validFrom: string, validTo: string | null, documentDate: string | null, representativeName: string }> } | null, submittedBy: { id: string, fullName: string } | null, assignee: { id: string, name: string } | null, answers: { livesAlone: boolean | null, helpFromRelatives: string, recentHospitalStay: boolean | null, contactMethod: ContactMethod | null, contactWhom: ContactWhom | null, phone: string, email: string, bestTime: string, language: string, interpreterNeeded: boolean | null, consentToContactHealthCare: boolean | null, services: Array<{ serviceType: ServiceType, needs: string }> }, requestedServices: Array<{ id: string, serviceType: ServiceType, decisions: Array<{ startedOn: string | null, communicationException: CommunicationException | null, communicationExceptionNote: string | null, id: string, status: DecisionStatus, outcome: DecisionOutcome, hoursPerMonth: number | null, validFrom: string | null, validTo: string | null, motivation: string, decidedAt: string | null, notifiedOn: string | null, appealDeadline: string | null, legalProvision: { id: string, code: string, law: string, citation: string, title: string } | null, decidedBy: { id: string, name: string } | null, proposedBy: { id: string, name: string } | null, appeals: Array<{ id: string, receivedOn: string, channel: string, text: string, inTime: boolean, status: AppealStatus, forwardedOn: string | null, courtDecidedOn: string | null, courtNote: string | null }>, order: { id: string, goals: string, startOn: string, orderedOn: string, planDueOn: string, planReceivedOn: string | null, planOverdue: boolean, deviationRaisedOn: string | null, provider: { id: string, name: string, inHouse: boolean } } | null, followUps: Array<{ id: string, dueOn: string, reason: string, completedOn: string | null, outcome: FollowUpOutcome | null, note: string | null, overdue: boolean }> }> }>, timeline: Array<{ id: string, at: string, type: string, data: string | null, actor: { id: string, name: string } | null, person: { id: string, fullName: string } | null }>, communicatedInvestigation: { communicatedAt: string, responseDueOn: string, response: string | null, respondedAt: string | null } | null, communicationBeforeDecision: { state: CommunicationState, responseDueOn: string | null, adverseDecisionAllowed: boolean }, investigation: { assessment: string, describesEveryService: boolean, violenceScreeningDone: boolean, homeVisitAt: string | null, homeVisitPlace: string | null, homeVisitInvitedAt: string | null, lifeAreas: Array<{ area: LifeArea, needs: string, wishes: string, resources: string }>, serviceDescriptions: Array<{ requestedServiceId: string, serviceType: ServiceType, text: string }> } | null, openedBy: { totalCount: number, nodes: Array<{ at: string, staff: { id: string, name: string } }> } } }
   };

export type StaffSaveViolenceScreeningMutationVariables = Exact<{
  input: SaveViolenceScreeningInput;
}>;


export type StaffSaveViolenceScreeningMutation = { saveViolenceScreening:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationSaveViolenceScreeningSuccess', data: { id: string, version: number } }
   };

export type StaffViolenceScreeningQueryVariables = Exact<{
  id: string;
}>;


export type StaffViolenceScreeningQuery = { application: { id: string, investigation: { violenceScreeningDone: boolean, violenceScreening: { askedOn: string, method: string, answers: string, notes: string } | null } | null } | null };

export type StaffOrderServiceMutationVariables = Exact<{
  input: OrderServiceInput;
}>;


export type StaffOrderServiceMutation = { orderService:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationOrderServiceSuccess', data: { id: string } }
   };

export type StaffRecordImplementationPlanMutationVariables = Exact<{
  input: RecordImplementationPlanInput;
}>;


export type StaffRecordImplementationPlanMutation = { recordImplementationPlan:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRecordImplementationPlanSuccess', data: { id: string, planReceivedOn: string | null } }
   };

export type StaffRecordServiceStartMutationVariables = Exact<{
  input: RecordServiceStartInput;
}>;


export type StaffRecordServiceStartMutation = { recordServiceStart:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRecordServiceStartSuccess', data: { id: string, startedOn: string | null } }
   };

export type StaffProvidersQueryVariables = Exact<{
  serviceType?: ServiceType | null | undefined;
  area?: string | null | undefined;
  offset: number;
  limit: number;
}>;


export type StaffProvidersQuery = { providers: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, name: string, inHouse: boolean }> } };

export type StaffRecordProviderChoiceMutationVariables = Exact<{
  input: RecordProviderChoiceInput;
}>;


export type StaffRecordProviderChoiceMutation = { recordProviderChoice:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRecordProviderChoiceSuccess', data: { id: string } }
   };

export type StaffProviderChoicesQueryVariables = Exact<{
  id: string;
}>;


export type StaffProviderChoicesQuery = { application: { id: string, requestedServices: Array<{ id: string, decision: { id: string, providerChoice: { id: string, madeBy: ProviderChoiceMadeBy, madeByName: string | null, channel: ProviderChoiceChannel, chosenAt: string, provider: { id: string, name: string } } | null } | null }> } | null };

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

export type StaffOtherOpenApplicationsQueryVariables = Exact<{
  id: string;
}>;


export type StaffOtherOpenApplicationsQuery = { application: { id: string, otherOpenApplications: Array<{ id: string, reference: string | null, submittedAt: string | null }> } | null };

export type StaffOutreachConversationSummaryQueryVariables = Exact<{
  id: string;
}>;


export type StaffOutreachConversationSummaryQuery = { application: { id: string, outreachReferral: { needs: string, conversationOn: string, workerName: string, consentText: string } | null, outreachConversation: { id: string, heldAt: string, hearingProblems: boolean, memoryProblems: boolean, record: { fallsLastYear: number | null, loneliness: Loneliness | null, health: string, socialLife: string, needsFound: string } } | null } | null };

export type StaffRepresentationResultFragment = { id: string, kind: RepresentationKind, representativeName: string, endedAt: string | null };

export type StaffRegisterRepresentationMutationVariables = Exact<{
  input: RegisterRepresentationInput;
}>;


export type StaffRegisterRepresentationMutation = { registerRepresentation:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRegisterRepresentationSuccess', data: { id: string, kind: RepresentationKind, representativeName: string, endedAt: string | null } }
   };

export type StaffEndRepresentationMutationVariables = Exact<{
  input: EndRepresentationInput;
}>;


export type StaffEndRepresentationMutation = { endRepresentation:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationEndRepresentationSuccess', data: { id: string, kind: RepresentationKind, representativeName: string, endedAt: string | null } }
   };

export type StaffFlagForCaseReviewMutationVariables = Exact<{
  input: FlagForCaseReviewInput;
}>;


export type StaffFlagForCaseReviewMutation = { flagForCaseReview:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationFlagForCaseReviewSuccess', data: { id: string, week: string, reason: string } }
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


export type StaffCallbackRequestsQuery = { callbackRequests: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, phone: string, message: string, requestedAt: string, dueAt: string, completedAt: string | null, overdue: boolean, outcome: CallbackOutcome | null, followsId: string | null, person: { id: string, fullName: string, age: number } | null, requestedBy: { id: string, fullName: string } | null, application: { id: string, reference: string | null } | null, assignee: { id: string, name: string } | null }> } };

export type StaffCompleteCallbackMutationVariables = Exact<{
  input: CompleteCallbackInput;
}>;


export type StaffCompleteCallbackMutation = { completeCallback:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCompleteCallbackSuccess', data: { id: string, completedAt: string | null, outcome: CallbackOutcome | null } }
   };

export type StaffColleaguesQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffColleaguesQuery = { colleagues: Array<{ id: string, name: string }> };

export type StaffInboxQueryVariables = Exact<{
  filter?: InboxFilter | null | undefined;
  sort?: InboxSort | null | undefined;
  offset: number;
  limit: number;
}>;


export type StaffInboxQuery = { inbox: { totalCount: number, hasNextPage: boolean, nodes: Array<{ dueOn: string, overdue: boolean, work: Array<{ kind: InboxWork, count: number }>, case: { id: string, reference: string | null, status: ApplicationStatus, version: number, submittedAt: string | null, createdAt: string, urgent: boolean, districtArea: string | null, serviceTypes: Array<ServiceType>, applicant: { id: string, fullName: string, age: number, legalGender: LegalGender, districtArea: string | null } | null, assignee: { id: string, name: string } | null, otherOpenApplications: Array<{ id: string, reference: string | null }> } }>, counts: { submitted: number, mine: number, unassigned: number, urgent: number, overdue: number, openCallbacks: number, work: number, openApplications: number, openAppeals: number, servicesNotOrdered: number, plansOverdue: number, followUpsDue: number } } };

export type StaffInboxPersonSearchQueryVariables = Exact<{
  personalIdentityNumber: string;
}>;


export type StaffInboxPersonSearchQuery = { personByPersonalIdentityNumber: { id: string } | null };

export type StaffInboxNameSearchQueryVariables = Exact<{
  name: string;
}>;


export type StaffInboxNameSearchQuery = { unitPersonsByName: Array<{ id: string }> };

export type StaffIntakePersonFragment = { id: string, fullName: string, age: number, districtArea: string | null, preferredLanguage: string, interpreterNeeded: boolean };

export type StaffIntakePersonLookupQueryVariables = Exact<{
  personalIdentityNumber: string;
}>;


export type StaffIntakePersonLookupQuery = { personByPersonalIdentityNumber: { id: string, fullName: string, age: number, districtArea: string | null, preferredLanguage: string, interpreterNeeded: boolean } | null };

export type StaffRegisterPersonMutationVariables = Exact<{
  input: RegisterPersonInput;
}>;


export type StaffRegisterPersonMutation = { registerPerson:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRegisterPersonSuccess', data: { id: string, fullName: string, age: number, districtArea: string | null, preferredLanguage: string, interpreterNeeded: boolean } }
   };

export type StaffRegisterApplicationMutationVariables = Exact<{
  input: RegisterApplicationInput;
}>;


export type StaffRegisterApplicationMutation = { registerApplication:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRegisterApplicationSuccess', data: { id: string, reference: string | null, urgent: boolean, channel: ApplicationChannel } }
   };

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

export type StaffCaseLinkFragment = { id: string, reference: string | null, applicant: { id: string, fullName: string } | null };

export type StaffLetterRecipientQueryVariables = Exact<{
  id: string;
}>;


export type StaffLetterRecipientQuery = { application: { id: string, applicant: { id: string, fullName: string, postalAddress: { street: string, postalCode: string, town: string } | null } | null } | null };

export type StaffRepresentativeLetterRecipientQueryVariables = Exact<{
  id: string;
  representation: string;
}>;


export type StaffRepresentativeLetterRecipientQuery = { application: { id: string, applicant: { id: string, fullName: string, representatives: Array<{ id: string, representativeName: string, representativePostalAddress: { street: string, postalCode: string, town: string } | null }> } | null } | null };

export type StaffInboxCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffInboxCountsQuery = { inboxCounts: { mine: number, mineSubmitted: number, mineOpenAppeals: number, mineServicesNotOrdered: number, minePlansOverdue: number, mineFollowUpsDue: number, openCallbacks: number } };

export type StaffManagerSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffManagerSummaryQuery = { managerSummary: { proposalsWaiting: number, week: string, caseReviewItems: number, caseReviewItemsWithoutOutcome: number } };

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

export const AttachmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"byStaff"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"removable"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}}]} as unknown as DocumentNode<AttachmentFieldsFragment, unknown>;
export const ApplicationAnswersFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationAnswersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationAnswers"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"livesAlone"}},{"kind":"Field","name":{"kind":"Name","value":"helpFromRelatives"}},{"kind":"Field","name":{"kind":"Name","value":"recentHospitalStay"}},{"kind":"Field","name":{"kind":"Name","value":"contactMethod"}},{"kind":"Field","name":{"kind":"Name","value":"contactWhom"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"bestTime"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"consentToContactHealthCare"}}]}}]} as unknown as DocumentNode<ApplicationAnswersFieldsFragment, unknown>;
export const CitizenDraftFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenDraft"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"draftStep"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationAnswersFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationAnswersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationAnswers"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"livesAlone"}},{"kind":"Field","name":{"kind":"Name","value":"helpFromRelatives"}},{"kind":"Field","name":{"kind":"Name","value":"recentHospitalStay"}},{"kind":"Field","name":{"kind":"Name","value":"contactMethod"}},{"kind":"Field","name":{"kind":"Name","value":"contactWhom"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"bestTime"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"consentToContactHealthCare"}}]}}]} as unknown as DocumentNode<CitizenDraftFragment, unknown>;
export const CitizenCallbackFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenCallback"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallbackRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedByYou"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<CitizenCallbackFragment, unknown>;
export const DecisionCoreFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}}]}}]} as unknown as DocumentNode<DecisionCoreFragment, unknown>;
export const CitizenAppealFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenAppeal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inTime"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"courtDecidedOn"}}]}}]} as unknown as DocumentNode<CitizenAppealFragment, unknown>;
export const CitizenDecisionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenDecision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionCore"}},{"kind":"Field","name":{"kind":"Name","value":"canAppeal"}},{"kind":"Field","name":{"kind":"Name","value":"appeals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitizenAppeal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerChoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenAppeal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inTime"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"courtDecidedOn"}}]}}]} as unknown as DocumentNode<CitizenDecisionFragment, unknown>;
export const CitizenRequestedServiceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenRequestedService"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequestedService"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitizenDecision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appeals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitizenAppeal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenAppeal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inTime"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"courtDecidedOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenDecision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionCore"}},{"kind":"Field","name":{"kind":"Name","value":"canAppeal"}},{"kind":"Field","name":{"kind":"Name","value":"appeals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitizenAppeal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerChoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CitizenRequestedServiceFragment, unknown>;
export const InvestigationLifeAreaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvestigationLifeArea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifeAreaAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"wishes"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}}]}}]} as unknown as DocumentNode<InvestigationLifeAreaFragment, unknown>;
export const InvestigationServiceDescriptionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvestigationServiceDescription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceDescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedServiceId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]} as unknown as DocumentNode<InvestigationServiceDescriptionFragment, unknown>;
export const CitizenInvestigationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenInvestigation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicatedInvestigation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"lifeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvestigationLifeArea"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceDescriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvestigationServiceDescription"}}]}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canRespond"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvestigationLifeArea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifeAreaAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"wishes"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvestigationServiceDescription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceDescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedServiceId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]} as unknown as DocumentNode<CitizenInvestigationFragment, unknown>;
export const CitizenTimelineEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenTimelineEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]} as unknown as DocumentNode<CitizenTimelineEventFragment, unknown>;
export const CitizenApplicationHeadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenApplicationHead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftStep"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<CitizenApplicationHeadFragment, unknown>;
export const CitizenApplicationSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenApplicationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitizenApplicationHead"}},{"kind":"Field","name":{"kind":"Name","value":"requestedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceType"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenApplicationHead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftStep"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<CitizenApplicationSummaryFragment, unknown>;
export const CitizenProviderOptionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenProviderOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inHouse"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}}]} as unknown as DocumentNode<CitizenProviderOptionFragment, unknown>;
export const MutationErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DelegationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}}]}}]} as unknown as DocumentNode<MutationErrorsFragment, unknown>;
export const StaffDecisionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionCore"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"legalProvision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"law"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"inTime"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"courtDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"courtNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"planDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"planReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"planOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"deviationRaisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inHouse"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communicationException"}},{"kind":"Field","name":{"kind":"Name","value":"communicationExceptionNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}}]}}]} as unknown as DocumentNode<StaffDecisionFieldsFragment, unknown>;
export const StaffCaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"districtArea"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"legalGender"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"districtArea"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"representativeName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationAnswersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffDecisionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communicatedInvestigation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communicationBeforeDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"adverseDecisionAllowed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investigation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"wishes"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceDescriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedServiceId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"describesEveryService"}},{"kind":"Field","name":{"kind":"Name","value":"violenceScreeningDone"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitAt"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitPlace"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitInvitedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationAnswersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationAnswers"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"livesAlone"}},{"kind":"Field","name":{"kind":"Name","value":"helpFromRelatives"}},{"kind":"Field","name":{"kind":"Name","value":"recentHospitalStay"}},{"kind":"Field","name":{"kind":"Name","value":"contactMethod"}},{"kind":"Field","name":{"kind":"Name","value":"contactWhom"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"bestTime"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"consentToContactHealthCare"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionCore"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"legalProvision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"law"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"inTime"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"courtDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"courtNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"planDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"planReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"planOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"deviationRaisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inHouse"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communicationException"}},{"kind":"Field","name":{"kind":"Name","value":"communicationExceptionNote"}}]}}]} as unknown as DocumentNode<StaffCaseFieldsFragment, unknown>;
export const StaffRepresentationResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRepresentationResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Representation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"representativeName"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]} as unknown as DocumentNode<StaffRepresentationResultFragment, unknown>;
export const StaffCaseLinkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffCaseLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<StaffCaseLinkFragment, unknown>;
export const StaffQueuedDecisionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffQueuedDecision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffCaseLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffCaseLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<StaffQueuedDecisionFragment, unknown>;
export const StaffIntakePersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffIntakePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"districtArea"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}}]}}]} as unknown as DocumentNode<StaffIntakePersonFragment, unknown>;
export const StaffPercentilesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffPercentiles"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Percentiles"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}}]}}]} as unknown as DocumentNode<StaffPercentilesFragment, unknown>;
export const StaffGenderShareFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffGenderShare"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenderShare"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"all"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"men"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]} as unknown as DocumentNode<StaffGenderShareFragment, unknown>;
export const CaseAttachmentsDocument = {"__meta__":{"hash":"sha256:5dd278b535c58238e63706c87ad0d698bed851799bb2cdfbd4eb9c9a666fc71b"}} as unknown as DocumentNode<CaseAttachmentsQuery, CaseAttachmentsQueryVariables>;
export const RemoveAttachmentDocument = {"__meta__":{"hash":"sha256:98ee99de623dba0dcdf4a2fde6d20ddee4a0cc3ef866937fa863be404585ae86"}} as unknown as DocumentNode<RemoveAttachmentMutation, RemoveAttachmentMutationVariables>;
export const SendAttachmentsDocument = {"__meta__":{"hash":"sha256:c40d61f589f8f8c19c429da50fac70c9bc52058fd07289c58fe7a7190369cfb2"}} as unknown as DocumentNode<SendAttachmentsMutation, SendAttachmentsMutationVariables>;
export const CitizenApplicationDraftDocument = {"__meta__":{"hash":"sha256:9de704ddaa28ebb80d3937dfefcfbdc011d5adb59f3c78d54dc0419bbc8919dd"}} as unknown as DocumentNode<CitizenApplicationDraftQuery, CitizenApplicationDraftQueryVariables>;
export const CitizenStartApplicationDocument = {"__meta__":{"hash":"sha256:98bee93375af8cfb936fc4f0b4ba41a13bc790fce888ad3fa96d024062959b06"}} as unknown as DocumentNode<CitizenStartApplicationMutation, CitizenStartApplicationMutationVariables>;
export const CitizenSaveApplicationDraftDocument = {"__meta__":{"hash":"sha256:4e2795963f9e93e21eb1ad955e58de05d982daae12bcf14ef29ca70f909b5dde"}} as unknown as DocumentNode<CitizenSaveApplicationDraftMutation, CitizenSaveApplicationDraftMutationVariables>;
export const CitizenSubmitApplicationDocument = {"__meta__":{"hash":"sha256:230d5b44a69041b3511c887ce7971385b8b6b5f9ee09b7ef50a81c14ccf08d32"}} as unknown as DocumentNode<CitizenSubmitApplicationMutation, CitizenSubmitApplicationMutationVariables>;
export const CitizenMyCallbackRequestsDocument = {"__meta__":{"hash":"sha256:abfc982039702184ef5fe2ecfc6d0592f0cb251331926fa371e382fbda2d762c"}} as unknown as DocumentNode<CitizenMyCallbackRequestsQuery, CitizenMyCallbackRequestsQueryVariables>;
export const CitizenRequestCallbackDocument = {"__meta__":{"hash":"sha256:6838be01f97652f87234878f0e8224cf9829ae6599ff271557dfa4f995cb311e"}} as unknown as DocumentNode<CitizenRequestCallbackMutation, CitizenRequestCallbackMutationVariables>;
export const CitizenAppealDecisionDocument = {"__meta__":{"hash":"sha256:e02cd9cbe7c919b7328ff603e59fc298a9100f350ecef9a07f8220fad8c7ef57"}} as unknown as DocumentNode<CitizenAppealDecisionMutation, CitizenAppealDecisionMutationVariables>;
export const CitizenCaseDocument = {"__meta__":{"hash":"sha256:d4b633d89d3fb339f08cec95349cb6140b0889189d51c8520aeb589660452ab2"}} as unknown as DocumentNode<CitizenCaseQuery, CitizenCaseQueryVariables>;
export const CitizenDecisionLetterDocument = {"__meta__":{"hash":"sha256:505d0e9bdfaa0b3876ae9694869ee524d30b4b650356c68b115d4f50c3ce5728"}} as unknown as DocumentNode<CitizenDecisionLetterQuery, CitizenDecisionLetterQueryVariables>;
export const CitizenRespondToInvestigationDocument = {"__meta__":{"hash":"sha256:096ccf7267ca12329db10d4b11cd48864ece59496b3779aeebc777e87fd80a13"}} as unknown as DocumentNode<CitizenRespondToInvestigationMutation, CitizenRespondToInvestigationMutationVariables>;
export const CitizenCaseOpenedByDocument = {"__meta__":{"hash":"sha256:67afdf55b1636b431ed081e9912fa8a00ca58d70fa2eec04fc6feea9b80a661e"}} as unknown as DocumentNode<CitizenCaseOpenedByQuery, CitizenCaseOpenedByQueryVariables>;
export const CitizenMyApplicationsDocument = {"__meta__":{"hash":"sha256:f1e771f40a6b8b0ed1ab93fc4a21a23f9f50d196976ef967153526903842db84"}} as unknown as DocumentNode<CitizenMyApplicationsQuery, CitizenMyApplicationsQueryVariables>;
export const CitizenProviderChoiceDocument = {"__meta__":{"hash":"sha256:ceaa4497048748af3f71b26e9aadb77f27d16fe67459c3f99ce268eacb06ce3b"}} as unknown as DocumentNode<CitizenProviderChoiceQuery, CitizenProviderChoiceQueryVariables>;
export const CitizenChooseProviderDocument = {"__meta__":{"hash":"sha256:122fbc9a02ca12c586efa9ef8db24d9a1a11645c9b21ca99c5f3a1ca5b2f1059"}} as unknown as DocumentNode<CitizenChooseProviderMutation, CitizenChooseProviderMutationVariables>;
export const StaffReconsiderAppealDocument = {"__meta__":{"hash":"sha256:2454a7cb9c82dafe1d371d2c932c6038a3790ee7cecd4a024db26c3576500157"}} as unknown as DocumentNode<StaffReconsiderAppealMutation, StaffReconsiderAppealMutationVariables>;
export const StaffForwardAppealDocument = {"__meta__":{"hash":"sha256:a226e28b5afdf75f7889781f76a5d6890ffcc4356c37f82bc884014d2a1682a0"}} as unknown as DocumentNode<StaffForwardAppealMutation, StaffForwardAppealMutationVariables>;
export const StaffRecordCourtOutcomeDocument = {"__meta__":{"hash":"sha256:d1a2f30691d8dbd487ddeaa4425e352b11cc328221e02ea97fb9df918e49c15d"}} as unknown as DocumentNode<StaffRecordCourtOutcomeMutation, StaffRecordCourtOutcomeMutationVariables>;
export const StaffRegisterAppealDocument = {"__meta__":{"hash":"sha256:89af3343e795d21f7a357017f43e080795dff78764f76d3acc478a7179e78406"}} as unknown as DocumentNode<StaffRegisterAppealMutation, StaffRegisterAppealMutationVariables>;
export const StaffApplicationDocument = {"__meta__":{"hash":"sha256:6e7c927552d3e00b74eee84c9e0a17301777cc33da11b20fe351e44dd77b7f60"}} as unknown as DocumentNode<StaffApplicationQuery, StaffApplicationQueryVariables>;
export const StaffCaseSupportDocument = {"__meta__":{"hash":"sha256:17a1ebeb0bf6ba494e60d62845d1c5ea5b3a8230f25cd617fd4eba623f52b407"}} as unknown as DocumentNode<StaffCaseSupportQuery, StaffCaseSupportQueryVariables>;
export const StaffCommunicateInvestigationDocument = {"__meta__":{"hash":"sha256:e8e526b08bd484206b0c631c0db132869bfd56d427fe0ade66739fb60d30b7da"}} as unknown as DocumentNode<StaffCommunicateInvestigationMutation, StaffCommunicateInvestigationMutationVariables>;
export const StaffRecordInvestigationResponseDocument = {"__meta__":{"hash":"sha256:63671d6681bd6a5101e552f65dd841d482572cd978b1f8cb2a018122adfd910a"}} as unknown as DocumentNode<StaffRecordInvestigationResponseMutation, StaffRecordInvestigationResponseMutationVariables>;
export const StaffInvestigationLetterDocument = {"__meta__":{"hash":"sha256:d1d896362599b421be2a3998999fed2d895851cf7a845ff1eb9f59d15f8ab9f8"}} as unknown as DocumentNode<StaffInvestigationLetterQuery, StaffInvestigationLetterQueryVariables>;
export const StaffDecideDocument = {"__meta__":{"hash":"sha256:62d7daa2ef7a05fe9436dfac35d44ae9d3eb4c8cb768a5e0609bfba9fef8b24f"}} as unknown as DocumentNode<StaffDecideMutation, StaffDecideMutationVariables>;
export const StaffProposeDecisionDocument = {"__meta__":{"hash":"sha256:cfc47058be174a1be757d442b7347be6e06034e5ca954dcb81c49e01824b88c5"}} as unknown as DocumentNode<StaffProposeDecisionMutation, StaffProposeDecisionMutationVariables>;
export const StaffDecisionLetterDocument = {"__meta__":{"hash":"sha256:2a85d583d93b2d439052606d11d356067e48bed75d02423058e5deb6cb7677f1"}} as unknown as DocumentNode<StaffDecisionLetterQuery, StaffDecisionLetterQueryVariables>;
export const StaffCompleteFollowUpDocument = {"__meta__":{"hash":"sha256:1b2581689ba8d5d135049376ba54f2ca002b30c56d2963185b9c887e05f81239"}} as unknown as DocumentNode<StaffCompleteFollowUpMutation, StaffCompleteFollowUpMutationVariables>;
export const StaffHomeVisitLetterDocument = {"__meta__":{"hash":"sha256:768768dbf29ee1b2dcbd8f16d2f83bcf906f8acc8f1304674df6c9fd6ccb23f5"}} as unknown as DocumentNode<StaffHomeVisitLetterQuery, StaffHomeVisitLetterQueryVariables>;
export const StaffSaveInvestigationDocument = {"__meta__":{"hash":"sha256:aea46d9f6c0bf4c247354944c9b20a798f5ff049c6a3ec4680ee8bf8cb51cf0d"}} as unknown as DocumentNode<StaffSaveInvestigationMutation, StaffSaveInvestigationMutationVariables>;
export const StaffBookHomeVisitDocument = {"__meta__":{"hash":"sha256:d96adfe1e217b90e957746700d0296e06ec45723e309bf57ce3f8557dc17b3d9"}} as unknown as DocumentNode<StaffBookHomeVisitMutation, StaffBookHomeVisitMutationVariables>;
export const StaffSaveViolenceScreeningDocument = {"__meta__":{"hash":"sha256:03fef4541fc92bcb059230c04791b25d6d091710e7716c694e26034485ef2bea"}} as unknown as DocumentNode<StaffSaveViolenceScreeningMutation, StaffSaveViolenceScreeningMutationVariables>;
export const StaffViolenceScreeningDocument = {"__meta__":{"hash":"sha256:26e87ba185796b2f65f5533d6d4fbddbc1dede07cec002c21eee03f5d70e53e9"}} as unknown as DocumentNode<StaffViolenceScreeningQuery, StaffViolenceScreeningQueryVariables>;
export const StaffOrderServiceDocument = {"__meta__":{"hash":"sha256:35baf8ee19d73ba13646cd19dd6f347fedccffa2b1f6452995852aa453a51165"}} as unknown as DocumentNode<StaffOrderServiceMutation, StaffOrderServiceMutationVariables>;
export const StaffRecordImplementationPlanDocument = {"__meta__":{"hash":"sha256:facfad7c9aa28778a8cc5595d47a04e2ea472a591ae34971081d716baafe0aa0"}} as unknown as DocumentNode<StaffRecordImplementationPlanMutation, StaffRecordImplementationPlanMutationVariables>;
export const StaffRecordServiceStartDocument = {"__meta__":{"hash":"sha256:c9e30a64a25d5a76206ac94d09854036afa45517536252b78aa54cc75ce6af95"}} as unknown as DocumentNode<StaffRecordServiceStartMutation, StaffRecordServiceStartMutationVariables>;
export const StaffProvidersDocument = {"__meta__":{"hash":"sha256:211f268e4e6ada0c066c804eb2eac8da267c84616c01d67b8329da9d41ee7e37"}} as unknown as DocumentNode<StaffProvidersQuery, StaffProvidersQueryVariables>;
export const StaffRecordProviderChoiceDocument = {"__meta__":{"hash":"sha256:357ffcb945f173c35a1081181fea1882eecf28b0be71664fa41129ac84bc702a"}} as unknown as DocumentNode<StaffRecordProviderChoiceMutation, StaffRecordProviderChoiceMutationVariables>;
export const StaffProviderChoicesDocument = {"__meta__":{"hash":"sha256:dcd17a25b701f220ccbca660255d5a83b507ca27f26a03aeb0d3f0dfe77ba552"}} as unknown as DocumentNode<StaffProviderChoicesQuery, StaffProviderChoicesQueryVariables>;
export const StaffTakeApplicationDocument = {"__meta__":{"hash":"sha256:48495b23d06d1ac1c41acdd8d197afbc7b41212dcd2e45a0845a57985b94d7fc"}} as unknown as DocumentNode<StaffTakeApplicationMutation, StaffTakeApplicationMutationVariables>;
export const StaffAssignApplicationDocument = {"__meta__":{"hash":"sha256:fbadfabae8cc286f56eafe9b4228be9823f75d6c137c04060e40d57609bd3eee"}} as unknown as DocumentNode<StaffAssignApplicationMutation, StaffAssignApplicationMutationVariables>;
export const StaffSetUrgentDocument = {"__meta__":{"hash":"sha256:b5dae3c93474ecf865e8a6e95249c9fa6705c45b263bcfe312784b0dfde722a5"}} as unknown as DocumentNode<StaffSetUrgentMutation, StaffSetUrgentMutationVariables>;
export const StaffOtherOpenApplicationsDocument = {"__meta__":{"hash":"sha256:811ddb606ab9030049a06c5b4f5005f272c6b503550690484173c29126d234b1"}} as unknown as DocumentNode<StaffOtherOpenApplicationsQuery, StaffOtherOpenApplicationsQueryVariables>;
export const StaffOutreachConversationSummaryDocument = {"__meta__":{"hash":"sha256:0fc0bb2115202b3229de4eff44266ea35d7608f52519baefd69ac8451c9e0de3"}} as unknown as DocumentNode<StaffOutreachConversationSummaryQuery, StaffOutreachConversationSummaryQueryVariables>;
export const StaffRegisterRepresentationDocument = {"__meta__":{"hash":"sha256:aea1cdfa7456757527d505d582f490dbef4c8e18ba6dc8b8a506e0fdd3e460bd"}} as unknown as DocumentNode<StaffRegisterRepresentationMutation, StaffRegisterRepresentationMutationVariables>;
export const StaffEndRepresentationDocument = {"__meta__":{"hash":"sha256:c7899dafb170aaad21c25aee6753d4e73694915444ceb3ea44a19ee3f5dc5fc6"}} as unknown as DocumentNode<StaffEndRepresentationMutation, StaffEndRepresentationMutationVariables>;
export const StaffFlagForCaseReviewDocument = {"__meta__":{"hash":"sha256:d25d5100e02b9dc4711fd82e4f9c4437c336d7f2910ad0d4a785b00301e57a09"}} as unknown as DocumentNode<StaffFlagForCaseReviewMutation, StaffFlagForCaseReviewMutationVariables>;
export const StaffDecisionQueueDocument = {"__meta__":{"hash":"sha256:bbc171ce72333949477a791189b7e91ec84a4ebbcef7529e79310b4f4fdf5a29"}} as unknown as DocumentNode<StaffDecisionQueueQuery, StaffDecisionQueueQueryVariables>;
export const StaffFollowUpsDueDocument = {"__meta__":{"hash":"sha256:d459ac669c12100d6671916b8ec3d1a31c961359da0a75c4634707b163369bcc"}} as unknown as DocumentNode<StaffFollowUpsDueQuery, StaffFollowUpsDueQueryVariables>;
export const StaffCallbackRequestsDocument = {"__meta__":{"hash":"sha256:cd0f52c2acff5fd9b176adbca803f880d68317f6a404224c57f82fbcef018e08"}} as unknown as DocumentNode<StaffCallbackRequestsQuery, StaffCallbackRequestsQueryVariables>;
export const StaffCompleteCallbackDocument = {"__meta__":{"hash":"sha256:ab1d63448e14d01613e35f87ecd8327dcf6e42dc270e01fc6ea8cf80e6ece96c"}} as unknown as DocumentNode<StaffCompleteCallbackMutation, StaffCompleteCallbackMutationVariables>;
export const StaffColleaguesDocument = {"__meta__":{"hash":"sha256:2c3c6133595da5b56c228419606b64f2b5c22ece46bb16d571b1a8942e451de4"}} as unknown as DocumentNode<StaffColleaguesQuery, StaffColleaguesQueryVariables>;
export const StaffInboxDocument = {"__meta__":{"hash":"sha256:7e4d9fa7d0888b9aadb6dd337655f41f9a4407fadd9e521098574c8147d8e409"}} as unknown as DocumentNode<StaffInboxQuery, StaffInboxQueryVariables>;
export const StaffInboxPersonSearchDocument = {"__meta__":{"hash":"sha256:daaff15c583f763e7584bdf754ffa6bcc11485eaecd0be9a148ac3c28880b5bb"}} as unknown as DocumentNode<StaffInboxPersonSearchQuery, StaffInboxPersonSearchQueryVariables>;
export const StaffInboxNameSearchDocument = {"__meta__":{"hash":"sha256:07448c200e571196e4d7c2461e841d9012f72cb6fdc2f2fc9d3cda5a98112bd6"}} as unknown as DocumentNode<StaffInboxNameSearchQuery, StaffInboxNameSearchQueryVariables>;
export const StaffIntakePersonLookupDocument = {"__meta__":{"hash":"sha256:a523447a8fb114ecfe45df740c73f2b044f0dceb80554cf3294e970e32bba9da"}} as unknown as DocumentNode<StaffIntakePersonLookupQuery, StaffIntakePersonLookupQueryVariables>;
export const StaffRegisterPersonDocument = {"__meta__":{"hash":"sha256:c23ebe1935372088bb402035d5b1246b15b6bdb15b9ac56981ed5d8f304c03e2"}} as unknown as DocumentNode<StaffRegisterPersonMutation, StaffRegisterPersonMutationVariables>;
export const StaffRegisterApplicationDocument = {"__meta__":{"hash":"sha256:ef41c941f0ecdd40c6accc1049b6ae6baa42c24cdef65b0b9da50b83fc41eb2c"}} as unknown as DocumentNode<StaffRegisterApplicationMutation, StaffRegisterApplicationMutationVariables>;
export const StaffCaseReviewAgendaDocument = {"__meta__":{"hash":"sha256:529472f20846e373f4aaeacd406f455b7f24b1a8ae382e246ad3b9099cf81aa8"}} as unknown as DocumentNode<StaffCaseReviewAgendaQuery, StaffCaseReviewAgendaQueryVariables>;
export const StaffRecordCaseReviewOutcomeDocument = {"__meta__":{"hash":"sha256:76c8c090dd8786232c7f4c0a7cd1c727d52b84728bb3d4bd5bb0c0b18ccac30d"}} as unknown as DocumentNode<StaffRecordCaseReviewOutcomeMutation, StaffRecordCaseReviewOutcomeMutationVariables>;
export const StaffLetterRecipientDocument = {"__meta__":{"hash":"sha256:0ea0f79c0ec61127d87f4332f5ca3b7317e868bf9ce1c0a0f0318b6993f8292b"}} as unknown as DocumentNode<StaffLetterRecipientQuery, StaffLetterRecipientQueryVariables>;
export const StaffRepresentativeLetterRecipientDocument = {"__meta__":{"hash":"sha256:4bdb14ec91515929297bb2f1bf28bfd967686ad13421f7c03395a86481a0bd6a"}} as unknown as DocumentNode<StaffRepresentativeLetterRecipientQuery, StaffRepresentativeLetterRecipientQueryVariables>;
export const StaffInboxCountsDocument = {"__meta__":{"hash":"sha256:ff27582a7f9b182369abf965c3339e2d8b9a8b1cd7449c7d33d677b070c33b2c"}} as unknown as DocumentNode<StaffInboxCountsQuery, StaffInboxCountsQueryVariables>;
export const StaffManagerSummaryDocument = {"__meta__":{"hash":"sha256:559051d8a0eaeceaf06c76fa829bfe387a943f1b37685effdd30ee9fcf341ef8"}} as unknown as DocumentNode<StaffManagerSummaryQuery, StaffManagerSummaryQueryVariables>;
export const StaffNotStartedReportDocument = {"__meta__":{"hash":"sha256:f84a17a75563c4f884a57e39be9e5e41043ea916f851e939fbfbb33a1c6f90b3"}} as unknown as DocumentNode<StaffNotStartedReportQuery, StaffNotStartedReportQueryVariables>;
export const StaffNotStartedReportCsvDocument = {"__meta__":{"hash":"sha256:15bfcdba8ff30ef0b28f33f132e558fe8e49888de125b8582e59b130d89c2238"}} as unknown as DocumentNode<StaffNotStartedReportCsvQuery, StaffNotStartedReportCsvQueryVariables>;
export const StaffStatisticsDocument = {"__meta__":{"hash":"sha256:7e211c8f9b9d9c0fc777ba1730c41a29531cc71bcdc69d9afd8f5f4f9ec378d8"}} as unknown as DocumentNode<StaffStatisticsQuery, StaffStatisticsQueryVariables>;
export const StaffStatisticsCsvDocument = {"__meta__":{"hash":"sha256:8e830cfb82f4e7712d4c3e2345380ac280a7fe03a3f201974440adfa063a6afa"}} as unknown as DocumentNode<StaffStatisticsCsvQuery, StaffStatisticsCsvQueryVariables>;