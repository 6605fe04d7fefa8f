/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The applications service's indicators in the indicator report. */
export const ApplicationIndicatorKey = {
  /** Per cent of callbacks asked for in the tertial done within 48 hours (their due time); target 90 %. */
  CallbacksWithin_48H: 'CALLBACKS_WITHIN_48H',
  /** Per cent of investigations communicated in the tertial that describe every applied service; target 90 %. */
  InvestigationsDescribingAllServices: 'INVESTIGATIONS_DESCRIBING_ALL_SERVICES',
  /** Median calendar days from application to the first decision, of cases first decided in the tertial; no target. */
  DaysToDecision: 'DAYS_TO_DECISION'
} as const;

export type ApplicationIndicatorKey = typeof ApplicationIndicatorKey[keyof typeof ApplicationIndicatorKey];
export type AddFeedbackNoteInput = {
  id: string;
  /** The version the page showed. */
  version: number;
  /** What was found out. 1 to 4000 characters. */
  note: string;
};

export type AddToCouncilAgendaInput = {
  meetingId: string;
  kind: CouncilAgendaItemKind;
  refId: string;
  /** For a feedback item: the version the page showed (ConflictError when it changed). */
  feedbackVersion?: number | null | undefined;
};

/** How the sender wants to be answered ("svar önskas via"). */
export const AnswerChannel = {
  /** Does not want an answer ("inget svar"). */
  None: 'NONE',
  /** By letter ("brev"). */
  Letter: 'LETTER',
  /** By e-mail ("e-post"). */
  Email: 'EMAIL',
  /** By phone ("telefon"). */
  Phone: 'PHONE'
} as const;

export type AnswerChannel = typeof AnswerChannel[keyof typeof AnswerChannel];
export type AnswerFeedbackInput = {
  feedbackId: string;
  version: number;
  sentBy: FeedbackAnswerSentBy;
  /** The answer as sent (a letter, an e-mail, or what was said), at most 8,000 characters. */
  text: string;
};

/** The answers to a user survey, given online. */
export type AnswerSurveyInput = {
  surveyId: string;
  /** Whom the answers are about: the signed-in person, or a person they represent. Not stored with the answers. */
  personId: string;
  /** The answer to "Är du kvinna eller man?"; empty when not answered. */
  gender?: SurveyGender | null | undefined;
  answers: Array<SurveyAnswerInput>;
};

export type AssignFeedbackInput = {
  id: string;
  /** The version the page showed. */
  version: number;
  /** The handler (identity's StaffMember id); left out: assigned to the unit only, without a handler. */
  handlerId?: string | null | undefined;
  /** The responsible unit; left out or empty keeps the current one. */
  unit?: string | null | undefined;
};

export type ClassifyFeedbackInput = {
  id: string;
  /** The version the page showed. */
  version: number;
  type: FeedbackType;
  subject: FeedbackSubject;
  source: FeedbackSource;
  target: FeedbackTarget;
  targetName?: string | null | undefined;
  senderGender: SenderGender;
  /** The responsible unit; left out or empty keeps the current one. */
  unit?: string | null | undefined;
};

export type CloseFeedbackInput = {
  id: string;
  /** The version the page showed. */
  version: number;
  /** The closing note. 1 to 4000 characters. */
  note: string;
};

export type CouncilActionInput = {
  meetingId: string;
  agendaItemId?: string | null | undefined;
  /** What is to be done. */
  what: string;
  /** Who is responsible. */
  responsible: string;
  /** By when, YYYY-MM-DD. */
  dueOn: string;
};

/** What an agenda item points at. */
export const CouncilAgendaItemKind = {
  /** A feedback item. */
  Feedback: 'FEEDBACK',
  /** A deviation. */
  Deviation: 'DEVIATION',
  /** A lex Sarah report. */
  LexSarah: 'LEX_SARAH'
} as const;

export type CouncilAgendaItemKind = typeof CouncilAgendaItemKind[keyof typeof CouncilAgendaItemKind];
export const CouncilMeetingStatus = {
  /** Planned ("planerat"). */
  Planned: 'PLANNED',
  /** Held ("genomfört"). */
  Held: 'HELD'
} as const;

export type CouncilMeetingStatus = typeof CouncilMeetingStatus[keyof typeof CouncilMeetingStatus];
/** A new yearly survey of the reader's unit. */
export type CreateSurveyInput = {
  /** The year it is for ("år"). */
  year: number;
  /** First day for answers, YYYY-MM-DD, in the year. */
  opensOn: string;
  /** Last day for answers, YYYY-MM-DD, not before opensOn and by 31 January the next year. */
  closesOn: string;
};

/** The decision on a lex Sarah report, with its reasons. */
export type DecideLexSarahInput = {
  id: string;
  version: number;
  decision: LexSarahDecision;
  /** The reasons ("motivering"). */
  reasons: string;
  /** The day of the decision; today when empty. */
  decidedOn?: string | null | undefined;
  /** For REPORT_TO_IVO: the day the report was sent to IVO. */
  ivoSentOn?: string | null | undefined;
};

/** What kind of deviation ("typ av avvikelse"). */
export const DeviationKind = {
  /** The provider’s implementation plan is more than 14 days late ("genomförandeplan saknas"); raised by applications. */
  ImplementationPlanMissing: 'IMPLEMENTATION_PLAN_MISSING',
  /** Any other deviation, registered by staff ("övrig avvikelse"). */
  Other: 'OTHER'
} as const;

export type DeviationKind = typeof DeviationKind[keyof typeof DeviationKind];
/** Open or closed ("öppen", "avslutad"). */
export const DeviationStatus = {
  Open: 'OPEN',
  Closed: 'CLOSED'
} as const;

export type DeviationStatus = typeof DeviationStatus[keyof typeof DeviationStatus];
/** Whom a deviation or a quality matter is against ("riktad mot"): the FEEDBACK_TARGETS of @omsorg/rules/feedback. */
export const DeviationTarget = {
  /** The unit itself ("beställarenheten"). */
  Unit: 'UNIT',
  /** A home-care provider ("hemtjänstutförare"). */
  HomeCareProvider: 'HOME_CARE_PROVIDER',
  /** A nursing home ("vård- och omsorgsboende"). */
  NursingHome: 'NURSING_HOME',
  /** Transport ("färdtjänst, turbundna resor"). */
  Transport: 'TRANSPORT',
  /** The region ("Region Stockholm"). */
  Region: 'REGION'
} as const;

export type DeviationTarget = typeof DeviationTarget[keyof typeof DeviationTarget];
/** One returned paper questionnaire, as written on it. */
export type EnterPaperSurveyResponseInput = {
  surveyId: string;
  /** The day it came back, YYYY-MM-DD; today when empty. */
  receivedOn?: string | null | undefined;
  /** The answer to "Är du kvinna eller man?"; empty when left blank. */
  gender?: SurveyGender | null | undefined;
  /** The questions answered; leave out those left blank. */
  answers: Array<SurveyAnswerInput>;
};

/** A new lex Sarah report: from a feedback item (with the version the page showed), from a deviation, or directly (neither). */
export type EscalateToLexSarahInput = {
  feedbackId?: string | null | undefined;
  /** The feedback item’s version, when escalating one: ConflictError when it changed. */
  feedbackVersion?: number | null | undefined;
  deviationId?: string | null | undefined;
  /** What happened, 1..4000 characters. */
  whatHappened: string;
  /** Where it happened, 1..300 characters. */
  place: string;
  /** The day it happened, YYYY-MM-DD, if known. */
  happenedOn?: string | null | undefined;
  /** Who reported it, 1..200 characters. */
  reportedBy: string;
  /** The day of the report, YYYY-MM-DD; today when empty. */
  reportedOn?: string | null | undefined;
};

/** How the sender was answered ("återkoppling via"). */
export const FeedbackAnswerSentBy = {
  /** A letter by post ("brev"): a PDF to print. */
  Letter: 'LETTER',
  /** An e-mail ("e-post"). */
  Email: 'EMAIL',
  /** By phone ("telefon"): what was said. */
  Phone: 'PHONE'
} as const;

export type FeedbackAnswerSentBy = typeof FeedbackAnswerSentBy[keyof typeof FeedbackAnswerSentBy];
/** A template for the answer to the sender. */
export const FeedbackAnswerTemplate = {
  /** A complaint was looked into ("klagomål utrett"). */
  ComplaintHandled: 'COMPLAINT_HANDLED',
  /** Thanks for praise ("tack för beröm"). */
  PraiseThanks: 'PRAISE_THANKS',
  /** A suggestion was received ("förslag mottaget"). */
  SuggestionReceived: 'SUGGESTION_RECEIVED',
  /** What the provider answered ("efter utförarens svar"). */
  AfterProviderAnswer: 'AFTER_PROVIDER_ANSWER'
} as const;

export type FeedbackAnswerTemplate = typeof FeedbackAnswerTemplate[keyof typeof FeedbackAnswerTemplate];
/** How it arrived ("kanal"). */
export const FeedbackChannel = {
  /** The web form "Tyck till" ("webb"). */
  Web: 'WEB',
  /** A phone call ("telefon"). */
  Phone: 'PHONE',
  /** A letter ("brev"). */
  Letter: 'LETTER',
  /** A prepaid postcard ("vykort"). */
  Postcard: 'POSTCARD',
  /** In person ("personligen"). */
  InPerson: 'IN_PERSON'
} as const;

export type FeedbackChannel = typeof FeedbackChannel[keyof typeof FeedbackChannel];
/** A kind of step in a feedback item's handling ("händelse"). */
export const FeedbackEventKind = {
  /** Received through the web form ("inkom"). */
  Received: 'RECEIVED',
  /** Registered by staff from a postcard, phone call, letter or visit ("registrerad"). */
  Registered: 'REGISTERED',
  /** Classified: type, subject, source, target, unit ("klassificerad"). */
  Classified: 'CLASSIFIED',
  /** Assigned to a handler or a unit ("tilldelad"). */
  Assigned: 'ASSIGNED',
  /** Linked to a case ("kopplad till ärende"). */
  LinkedToCase: 'LINKED_TO_CASE',
  /** A note from the investigation ("utredningsanteckning"). */
  InvestigationNote: 'INVESTIGATION_NOTE',
  /** An action taken ("åtgärd"). */
  ActionRecorded: 'ACTION_RECORDED',
  /** Forwarded to a provider or organisation ("vidarebefordrad"). */
  Forwarded: 'FORWARDED',
  /** The provider answered ("utföraren svarade"). */
  ProviderAnswered: 'PROVIDER_ANSWERED',
  /** The sender was answered ("återkoppling"). */
  Answered: 'ANSWERED',
  /** Escalated to a lex Sarah report ("lex Sarah"). */
  EscalatedLexSarah: 'ESCALATED_LEX_SARAH',
  /** On the quality council's agenda ("kvalitetsrådet"). */
  OnCouncilAgenda: 'ON_COUNCIL_AGENDA',
  /** Closed ("avslutad"). */
  Closed: 'CLOSED',
  /** Reopened ("återöppnad"). */
  Reopened: 'REOPENED',
  /** Personal data removed after the retention period ("gallrad"). */
  PersonalDataRemoved: 'PERSONAL_DATA_REMOVED'
} as const;

export type FeedbackEventKind = typeof FeedbackEventKind[keyof typeof FeedbackEventKind];
/** Feedback's indicators in the indicator report. */
export const FeedbackIndicatorKey = {
  /** Complaints, suggestions and questions registered in the tertial ("antal registrerade synpunkter och klagomål"); target: should rise. */
  ComplaintsRegistered: 'COMPLAINTS_REGISTERED',
  /** Per cent of them answered. */
  ComplaintsAnsweredShare: 'COMPLAINTS_ANSWERED_SHARE',
  /** Per cent of them with an action. */
  ComplaintsWithActionShare: 'COMPLAINTS_WITH_ACTION_SHARE'
} as const;

export type FeedbackIndicatorKey = typeof FeedbackIndicatorKey[keyof typeof FeedbackIndicatorKey];
/** What the staff list is narrowed to; every part optional, all given parts must hold. */
export type FeedbackListFilter = {
  status?: FeedbackStatus | null | undefined;
  type?: FeedbackType | null | undefined;
  target?: FeedbackTarget | null | undefined;
  channel?: FeedbackChannel | null | undefined;
  /** The responsible unit, exactly as named. */
  unit?: string | null | undefined;
  /** Only those assigned to me ("mina"). */
  mine?: boolean | null | undefined;
  /** Only those without a handler ("ej tilldelade"). */
  unassigned?: boolean | null | undefined;
  /** Received on or after this Stockholm day, YYYY-MM-DD. */
  receivedFrom?: string | null | undefined;
  /** Received on or before this Stockholm day, YYYY-MM-DD. */
  receivedTo?: string | null | undefined;
  /** The reference number, e.g. SYN-2026-000123. */
  referenceNumber?: string | null | undefined;
};

/** Who the sender is ("källa"). */
export const FeedbackSource = {
  /** The user or patient ("brukare/patient"). */
  User: 'USER',
  /** A relative, guardian or trustee ("närstående"). */
  Relative: 'RELATIVE',
  /** Staff or the organisation ("medarbetare/verksamhet"). */
  Staff: 'STAFF',
  /** The patients' advisory committee ("patientnämnden"). */
  PatientBoard: 'PATIENT_BOARD',
  /** A partner organisation ("samverkanspart"). */
  Partner: 'PARTNER',
  /** Someone else or unknown ("annan/okänd"). */
  OtherUnknown: 'OTHER_UNKNOWN'
} as const;

export type FeedbackSource = typeof FeedbackSource[keyof typeof FeedbackSource];
/** What the statistics count by: type, source ("från vem"), subject ("vad gällde det") or target ("riktat mot"). */
export const FeedbackStatisticsDimension = {
  Type: 'TYPE',
  Source: 'SOURCE',
  Subject: 'SUBJECT',
  Target: 'TARGET'
} as const;

export type FeedbackStatisticsDimension = typeof FeedbackStatisticsDimension[keyof typeof FeedbackStatisticsDimension];
/** A period of the statistics: a tertial ("T1" January–April, "T2" May–August, "T3" September–December, "VB" in the reports) or the whole year ("Totalt ack."). */
export const FeedbackStatisticsPeriod = {
  T1: 'T1',
  T2: 'T2',
  T3: 'T3',
  Year: 'YEAR'
} as const;

export type FeedbackStatisticsPeriod = typeof FeedbackStatisticsPeriod[keyof typeof FeedbackStatisticsPeriod];
/** Where an item is in its handling ("status"). */
export const FeedbackStatus = {
  /** Received, nobody has handled it yet ("inkommen"). */
  Received: 'RECEIVED',
  /** Being handled ("under handläggning"). */
  InProgress: 'IN_PROGRESS',
  /** Closed ("avslutad"). */
  Closed: 'CLOSED'
} as const;

export type FeedbackStatus = typeof FeedbackStatus[keyof typeof FeedbackStatus];
/** What the feedback concerns ("vad synpunkten gäller"). */
export const FeedbackSubject = {
  /** Something else ("annat"). */
  Other: 'OTHER',
  /** Staffing ("bemanning"). */
  Staffing: 'STAFFING',
  /** How the sender was treated ("bemötande"). */
  Treatment: 'TREATMENT',
  /** A decision ("beslut"). */
  Decision: 'DECISION',
  /** Shortcomings in information ("brister i information"). */
  Information: 'INFORMATION',
  /** Shortcomings in routines or in how care was carried out ("brister i rutiner/utförande"). */
  Routines: 'ROUTINES',
  /** A question or an idea ("fråga/idé"). */
  QuestionIdea: 'QUESTION_IDEA',
  /** The physical environment ("fysisk miljö"). */
  PhysicalEnvironment: 'PHYSICAL_ENVIRONMENT',
  /** The handling of personal data ("hantering av personuppgifter"). */
  PersonalData: 'PERSONAL_DATA',
  /** Competence ("kompetens"). */
  Competence: 'COMPETENCE',
  /** Technology and IT ("teknik/IT"). */
  Technology: 'TECHNOLOGY',
  /** Accessibility ("tillgänglighet"). */
  Accessibility: 'ACCESSIBILITY',
  /** A care service that did not happen or came late ("utebliven/försenad insats"). */
  MissedOrDelayedService: 'MISSED_OR_DELAYED_SERVICE'
} as const;

export type FeedbackSubject = typeof FeedbackSubject[keyof typeof FeedbackSubject];
/** Whom it is about ("riktat mot"). */
export const FeedbackTarget = {
  /** The unit itself, its caseworkers and elderly care ("Biståndsenheten/äldreomsorgen"). */
  Unit: 'UNIT',
  /** A home-care provider ("hemtjänstutförare"). */
  HomeCareProvider: 'HOME_CARE_PROVIDER',
  /** A nursing home ("vård- och omsorgsboende"). */
  NursingHome: 'NURSING_HOME',
  /** Transport: färdtjänst or scheduled trips ("färdtjänst/turbundna resor"). */
  Transport: 'TRANSPORT',
  /** The region ("regionen"). */
  Region: 'REGION'
} as const;

export type FeedbackTarget = typeof FeedbackTarget[keyof typeof FeedbackTarget];
/** The kind of feedback ("typ av synpunkt"). */
export const FeedbackType = {
  /** A complaint ("klagomål"). */
  Complaint: 'COMPLAINT',
  /** A suggestion or opinion ("synpunkt/förslag"). */
  Suggestion: 'SUGGESTION',
  /** Praise ("beröm"). */
  Praise: 'PRAISE',
  /** A question or an idea ("fråga/idé"). */
  Question: 'QUESTION'
} as const;

export type FeedbackType = typeof FeedbackType[keyof typeof FeedbackType];
export type ForwardFeedbackInput = {
  feedbackId: string;
  /** The item's version as the page showed it. */
  version: number;
  /** The provider chosen from applications' providers, if any. */
  providerId?: string | null | undefined;
  /** The organisation ("mottagare"), at most 200 characters. */
  recipientName: string;
  /** Where the link is mailed; without one, staff record the answer. */
  recipientEmail?: string | null | undefined;
  /** What the recipient is asked ("vad vill ni veta"), at most 4,000 characters. */
  question: string;
};

/** The decision that ends the investigation. */
export const LexSarahDecision = {
  /** A serious shortcoming or risk of one: reported to IVO ("anmäls till IVO"). */
  ReportToIvo: 'REPORT_TO_IVO',
  /** Not a shortcoming or risk of one ("inte ett missförhållande"). */
  NotMisconduct: 'NOT_MISCONDUCT',
  /** Written off ("avskrivs"). */
  WrittenOff: 'WRITTEN_OFF'
} as const;

export type LexSarahDecision = typeof LexSarahDecision[keyof typeof LexSarahDecision];
/** Where the report came from. */
export const LexSarahSource = {
  /** A feedback item ("synpunkt"). */
  Feedback: 'FEEDBACK',
  /** A deviation ("avvikelse"). */
  Deviation: 'DEVIATION',
  /** Registered directly ("direkt"). */
  Direct: 'DIRECT'
} as const;

export type LexSarahSource = typeof LexSarahSource[keyof typeof LexSarahSource];
/** Where a lex Sarah report is. */
export const LexSarahStatus = {
  /** Being investigated ("under utredning"). */
  Investigating: 'INVESTIGATING',
  /** Reported to IVO as a serious shortcoming or risk of one ("anmäld till IVO"). */
  ReportedToIvo: 'REPORTED_TO_IVO',
  /** Closed without a report to IVO ("avslutad"). */
  Closed: 'CLOSED'
} as const;

export type LexSarahStatus = typeof LexSarahStatus[keyof typeof LexSarahStatus];
export type LinkFeedbackToCaseInput = {
  id: string;
  /** The version the page showed. */
  version: number;
  /** The case (applications' Application id). Shown under the case's own access rules. */
  applicationId: string;
};

/** How a provider's answer came. */
export const ProviderAnswerVia = {
  /** Through the link in the forward's mail. */
  Link: 'LINK',
  /** By phone or letter, recorded by staff. */
  Staff: 'STAFF'
} as const;

export type ProviderAnswerVia = typeof ProviderAnswerVia[keyof typeof ProviderAnswerVia];
export type RecordFeedbackActionInput = {
  id: string;
  /** The version the page showed. */
  version: number;
  /** What was done. 1 to 4000 characters. */
  note: string;
};

/** The investigation of a lex Sarah report: what was found, the causes, the actions, and whether it is serious. */
export type RecordLexSarahInvestigationInput = {
  id: string;
  version: number;
  /** What the investigation found. */
  findings: string;
  /** The causes. */
  causes: string;
  /** Actions taken or planned. */
  actions: string;
  /** A serious shortcoming or risk of one ("allvarligt missförhållande"): the two weeks to report to IVO start today. */
  serious: boolean;
};

export type RecordProviderAnswerInput = {
  feedbackId: string;
  version: number;
  forwardId: string;
  /** What the provider answered by phone or letter, at most 4,000 characters. */
  answer: string;
};

/** A deviation registered by hand. */
export type RegisterDeviationInput = {
  target: DeviationTarget;
  /** The provider or organisation, at most 200 characters; required for a provider or nursing home. */
  providerName?: string | null | undefined;
  /** What happened, 1..4000 characters. */
  description: string;
  /** The case it concerns, if any. */
  applicationId?: string | null | undefined;
  /** The day it happened or was noticed, YYYY-MM-DD; today when empty. */
  raisedOn?: string | null | undefined;
};

/** Feedback that came by postcard, phone, letter or in person, as staff write it down ("registrera synpunkt"). */
export type RegisterFeedbackInput = {
  /** PHONE, LETTER, POSTCARD or IN_PERSON (WEB is the form's own). */
  channel: FeedbackChannel;
  /** The Stockholm day it arrived, YYYY-MM-DD; not later than today. */
  receivedOn: string;
  type: FeedbackType;
  subject: FeedbackSubject;
  target: FeedbackTarget;
  /** The provider, nursing home or organisation it names, at most 200 characters. */
  targetName?: string | null | undefined;
  /** What the sender said or wrote, 1 to 10000 characters. */
  text: string;
  anonymous: boolean;
  contactName?: string | null | undefined;
  contactEmail?: string | null | undefined;
  contactPhone?: string | null | undefined;
  /** Postal address for an answer by letter. */
  contactAddress?: string | null | undefined;
  /** When known; UNKNOWN by default. */
  senderGender?: SenderGender | null | undefined;
  /** How the sender wants to be answered; NONE by default. */
  answerBy?: AnswerChannel | null | undefined;
  /** The known person who sent it, found by personnummer (identity's personByPersonalIdentityNumber): the item is theirs, so they follow it signed in under "Mina synpunkter", and staff reads of it are logged for them. Not with anonymous (a ValidationError). */
  personId?: string | null | undefined;
};

export type ReopenFeedbackInput = {
  id: string;
  /** The version the page showed. */
  version: number;
  /** Why it is reopened, optional, at most 4000 characters. */
  note?: string | null | undefined;
};

/** The sender's gender where known ("kön"); the statistics split by it. */
export const SenderGender = {
  /** A woman ("kvinna"). */
  Woman: 'WOMAN',
  /** A man ("man"). */
  Man: 'MAN',
  /** Not known ("okänt"). */
  Unknown: 'UNKNOWN'
} as const;

export type SenderGender = typeof SenderGender[keyof typeof SenderGender];
/** Feedback from the web form "Tyck till" ("lämna synpunkter och klagomål"). */
export type SubmitFeedbackInput = {
  /** Complaint, suggestion, praise or question ("typ"). */
  type: FeedbackType;
  /** What it concerns ("vad gäller det"). */
  subject: FeedbackSubject;
  /** Whom it is about ("riktat mot"). Default UNIT. */
  target?: FeedbackTarget | null | undefined;
  /** The provider's or home's name, if the sender gives it; at most 200 characters. */
  targetName?: string | null | undefined;
  /** Signed in: the person it concerns when the sender acts for someone they represent (one of mayActFor); left out when about themself. Ignored when anonymous. */
  concernsPersonId?: string | null | undefined;
  /** What the sender wants to say ("din synpunkt"): 1 to 10000 characters after trimming. */
  text: string;
  /** Send anonymously ("anonymt"): the sender is not linked and contact details are not kept. Default false. */
  anonymous?: boolean | null | undefined;
  /** Name to answer to ("namn"), optional, at most 200 characters. */
  contactName?: string | null | undefined;
  /** E-mail address to answer to ("e-post"), optional. */
  contactEmail?: string | null | undefined;
  /** Phone number to answer to ("telefon"), optional: digits, spaces, + and -, 6 to 20 characters. */
  contactPhone?: string | null | undefined;
  /** Postal address for an answer by letter ("adress"), optional; at most 500 characters, line breaks allowed. */
  contactAddress?: string | null | undefined;
  /** How the sender wants to be answered. LETTER needs contactAddress, EMAIL contactEmail, PHONE contactPhone. Default NONE; always NONE when anonymous. */
  answerBy?: AnswerChannel | null | undefined;
};

/** One question's answer: the option's key (e.g. "YES", "DONT_KNOW"). */
export type SurveyAnswerInput = {
  question: SurveyQuestionKey;
  /** The option's key, at most 20 characters. */
  option: string;
};

/** The respondent's answer to "Är du kvinna eller man?". */
export const SurveyGender = {
  /** Kvinna. */
  Woman: 'WOMAN',
  /** Man. */
  Man: 'MAN',
  /** Vill inte svara. */
  NotSaid: 'NOT_SAID'
} as const;

export type SurveyGender = typeof SurveyGender[keyof typeof SurveyGender];
/** An indicator of the city's management system the user survey measures (DOMAIN.md). */
export const SurveyIndicatorKey = {
  /** Share who know where to apply for help (target 65 %). */
  KnowsWhereToTurn: 'KNOWS_WHERE_TO_TURN',
  /** Share who feel the help fits their needs (target 75–90 %). */
  HelpFitsNeeds: 'HELP_FITS_NEEDS',
  /** Share who get the help they were granted (the 2022 result, 96.4 % women and 97.1 % men, to keep). */
  GetsGrantedHelp: 'GETS_GRANTED_HELP'
} as const;

export type SurveyIndicatorKey = typeof SurveyIndicatorKey[keyof typeof SurveyIndicatorKey];
/** A question of the yearly user survey ("brukarundersökning"); the options and which count as positive are in @omsorg/rules/feedback. */
export const SurveyQuestionKey = {
  /** "Vet du vart du ska vända dig om du behöver hjälp?" */
  KnowsWhereToTurn: 'KNOWS_WHERE_TO_TURN',
  /** "Passar den hjälp du har fått dina behov?" */
  HelpFitsNeeds: 'HELP_FITS_NEEDS',
  /** "Får du den hjälp du har beviljats?" */
  GetsGrantedHelp: 'GETS_GRANTED_HELP',
  /** "Blir du bemött på ett bra sätt?" */
  TreatedWell: 'TREATED_WELL',
  /** "Hur nöjd är du sammantaget med den hjälp du får?" */
  OverallSatisfied: 'OVERALL_SATISFIED'
} as const;

export type SurveyQuestionKey = typeof SurveyQuestionKey[keyof typeof SurveyQuestionKey];
/** Outreach's figures in the indicator report. */
export const OutreachIndicatorKey = {
  /** People invited by the unit's campaigns in the tertial ("inbjudna"). */
  Invited: 'INVITED',
  /** Health conversations held in the tertial ("genomförda samtal"). */
  ConversationsHeld: 'CONVERSATIONS_HELD',
  /** Referrals to a caseworker made in the tertial, failed ones not counted ("remitterade"). */
  Referrals: 'REFERRALS'
} as const;

export type OutreachIndicatorKey = typeof OutreachIndicatorKey[keyof typeof OutreachIndicatorKey];
export type CitizenMyFeedbackQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type CitizenMyFeedbackQuery = { myFeedback: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, referenceNumber: string, type: FeedbackType, subject: FeedbackSubject, target: FeedbackTarget, targetName: string | null, text: string, receivedAt: string, status: FeedbackStatus, concernsPersonId: string | null, sentByPersonId: string | null, sentByMe: boolean, answers: Array<{ sentBy: FeedbackAnswerSentBy, sentAt: string, text: string }> }> } };

export type CitizenMyFeedbackItemFragment = { id: string, referenceNumber: string, type: FeedbackType, subject: FeedbackSubject, target: FeedbackTarget, targetName: string | null, text: string, receivedAt: string, status: FeedbackStatus, concernsPersonId: string | null, sentByPersonId: string | null, sentByMe: boolean, answers: Array<{ sentBy: FeedbackAnswerSentBy, sentAt: string, text: string }> };

export type CitizenProviderForwardQueryVariables = Exact<{
  token: string;
}>;


export type CitizenProviderForwardQuery = { providerForward:
    | { __typename: 'ValidationError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'QueryProviderForwardSuccess', data: { referenceNumber: string, type: FeedbackType, receivedAt: string, target: string, targetName: string | null, text: string, question: string, recipientName: string, linkExpiresAt: string } }
   };

export type CitizenAnswerProviderForwardMutationVariables = Exact<{
  token: string;
  answer: string;
}>;


export type CitizenAnswerProviderForwardMutation = { answerProviderForward:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationAnswerProviderForwardSuccess', data: { referenceNumber: string, answeredAt: string } }
   };

export type CitizenFeedbackStatusQueryVariables = Exact<{
  referenceNumber: string;
}>;


export type CitizenFeedbackStatusQuery = { feedbackStatus:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'QueryFeedbackStatusSuccess', data: { referenceNumber: string, type: FeedbackType, receivedOn: string, status: FeedbackStatus, answered: boolean } }
   };

export type CitizenSubmitFeedbackMutationVariables = Exact<{
  input: SubmitFeedbackInput;
}>;


export type CitizenSubmitFeedbackMutation = { submitFeedback:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationSubmitFeedbackSuccess', data: { id: string, referenceNumber: string, anonymous: boolean } }
   };

export type CitizenSurveyOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type CitizenSurveyOffersQuery = { surveyOffers: Array<{ surveyId: string, year: number, unit: string, closesOn: string, person: { id: string, fullName: string } }> };

export type CitizenAnswerSurveyMutationVariables = Exact<{
  input: AnswerSurveyInput;
}>;


export type CitizenAnswerSurveyMutation = { answerSurvey:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationAnswerSurveySuccess', data: { year: number } }
   };

type MutationErrors_ConflictError_Fragment = { __typename: 'ConflictError', currentVersion: number, message: string };

type MutationErrors_DelegationError_Fragment = { __typename: 'DelegationError', message: string };

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

export type StaffFeedbackListQueryVariables = Exact<{
  offset: number;
  limit: number;
  filter?: FeedbackListFilter | null | undefined;
}>;


export type StaffFeedbackListQuery = { feedbackList: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, referenceNumber: string, receivedAt: string, type: FeedbackType, subject: FeedbackSubject, target: FeedbackTarget, targetName: string | null, status: FeedbackStatus, answeredAt: string | null, textHasSensitiveDetails: boolean, handler: { id: string, name: string } | null }> } };

export type StaffFeedbackRowFragment = { id: string, referenceNumber: string, receivedAt: string, type: FeedbackType, subject: FeedbackSubject, target: FeedbackTarget, targetName: string | null, status: FeedbackStatus, answeredAt: string | null, textHasSensitiveDetails: boolean, handler: { id: string, name: string } | null };

export type StaffIndicatorReportQueryVariables = Exact<{
  year: number;
  tertial: number;
}>;


export type StaffIndicatorReportQuery = { feedbackIndicators: Array<{ key: FeedbackIndicatorKey, value: number | null, previousValue: number | null, target: string | null, met: boolean | null }> | null, applicationIndicators: Array<{ key: ApplicationIndicatorKey, value: number | null, count: number, target: string | null, met: boolean | null }> | null, outreachIndicators: Array<{ key: OutreachIndicatorKey, value: number, previousValue: number, target: string | null, met: boolean | null }> | null };

export type StaffAnswersOfItemFragment = { feedbackId: string, referenceNumber: string, version: number, answerBy: string, contactName: string | null, contactEmail: string | null, contactPhone: string | null, contactAddress: string | null, unanswerable: string | null, answers: Array<{ id: string, sentBy: FeedbackAnswerSentBy, text: string, sentAt: string, letterUrl: string | null }>, drafts: Array<{ template: FeedbackAnswerTemplate, text: string }> };

export type StaffFeedbackAnswersQueryVariables = Exact<{
  feedbackId: string;
}>;


export type StaffFeedbackAnswersQuery = { feedbackReplies: { feedbackId: string, referenceNumber: string, version: number, answerBy: string, contactName: string | null, contactEmail: string | null, contactPhone: string | null, contactAddress: string | null, unanswerable: string | null, answers: Array<{ id: string, sentBy: FeedbackAnswerSentBy, text: string, sentAt: string, letterUrl: string | null }>, drafts: Array<{ template: FeedbackAnswerTemplate, text: string }> } | null };

export type StaffAnswerFeedbackMutationVariables = Exact<{
  input: AnswerFeedbackInput;
}>;


export type StaffAnswerFeedbackMutation = { answerFeedback:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationAnswerFeedbackSuccess', data: { feedbackId: string, referenceNumber: string, version: number, answerBy: string, contactName: string | null, contactEmail: string | null, contactPhone: string | null, contactAddress: string | null, unanswerable: string | null, answers: Array<{ id: string, sentBy: FeedbackAnswerSentBy, text: string, sentAt: string, letterUrl: string | null }>, drafts: Array<{ template: FeedbackAnswerTemplate, text: string }> } }
   };

export type StaffFeedbackItemQueryVariables = Exact<{
  id: string;
}>;


export type StaffFeedbackItemQuery = { feedback: { id: string, referenceNumber: string, version: number, status: FeedbackStatus, type: FeedbackType, subject: FeedbackSubject, source: FeedbackSource, target: FeedbackTarget, targetName: string | null, channel: FeedbackChannel, text: string, textHasSensitiveDetails: boolean, mayRevealText: boolean, anonymous: boolean, signedIn: boolean, senderGender: SenderGender, answerBy: AnswerChannel, contactName: string | null, contactEmail: string | null, contactPhone: string | null, contactAddress: string | null, unit: string | null, receivedAt: string, classifiedAt: string | null, answeredAt: string | null, actionTakenAt: string | null, lexSarahAt: string | null, closedAt: string | null, handler: { id: string, name: string } | null, registeredBy: { id: string, name: string } | null, application: { id: string, reference: string | null } | null, events: Array<{ id: string, kind: FeedbackEventKind, at: string, note: string | null, unit: string | null, staff: { id: string, name: string } | null, handler: { id: string, name: string } | null }> } | null };

export type StaffFeedbackItemFragment = { id: string, referenceNumber: string, version: number, status: FeedbackStatus, type: FeedbackType, subject: FeedbackSubject, source: FeedbackSource, target: FeedbackTarget, targetName: string | null, channel: FeedbackChannel, text: string, textHasSensitiveDetails: boolean, mayRevealText: boolean, anonymous: boolean, signedIn: boolean, senderGender: SenderGender, answerBy: AnswerChannel, contactName: string | null, contactEmail: string | null, contactPhone: string | null, contactAddress: string | null, unit: string | null, receivedAt: string, classifiedAt: string | null, answeredAt: string | null, actionTakenAt: string | null, lexSarahAt: string | null, closedAt: string | null, handler: { id: string, name: string } | null, registeredBy: { id: string, name: string } | null, application: { id: string, reference: string | null } | null, events: Array<{ id: string, kind: FeedbackEventKind, at: string, note: string | null, unit: string | null, staff: { id: string, name: string } | null, handler: { id: string, name: string } | null }> };

export type StaffFeedbackSenderQueryVariables = Exact<{
  id: string;
}>;


export type StaffFeedbackSenderQuery = { feedback: { id: string, sender: { id: string, fullName: string } | null } | null };

export type StaffFeedbackTextQueryVariables = Exact<{
  id: string;
}>;


export type StaffFeedbackTextQuery = { feedbackText: string | null };

export type StaffForwardsOfItemFragment = { feedbackId: string, version: number, forwards: Array<{ id: string, recipientName: string, recipientEmail: string | null, question: string, sentAt: string, linkExpiresAt: string | null, answer: string | null, answeredAt: string | null, answeredVia: ProviderAnswerVia | null }> };

export type StaffFeedbackForwardsQueryVariables = Exact<{
  feedbackId: string;
}>;


export type StaffFeedbackForwardsQuery = { feedbackReplies: { feedbackId: string, version: number, forwards: Array<{ id: string, recipientName: string, recipientEmail: string | null, question: string, sentAt: string, linkExpiresAt: string | null, answer: string | null, answeredAt: string | null, answeredVia: ProviderAnswerVia | null }> } | null, providers: { nodes: Array<{ id: string, name: string, contactEmail: string | null }> } };

export type StaffForwardFeedbackMutationVariables = Exact<{
  input: ForwardFeedbackInput;
}>;


export type StaffForwardFeedbackMutation = { forwardFeedback:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationForwardFeedbackSuccess', data: { feedbackId: string, version: number, forwards: Array<{ id: string, recipientName: string, recipientEmail: string | null, question: string, sentAt: string, linkExpiresAt: string | null, answer: string | null, answeredAt: string | null, answeredVia: ProviderAnswerVia | null }> } }
   };

export type StaffRecordProviderAnswerMutationVariables = Exact<{
  input: RecordProviderAnswerInput;
}>;


export type StaffRecordProviderAnswerMutation = { recordProviderAnswer:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRecordProviderAnswerSuccess', data: { feedbackId: string, version: number, forwards: Array<{ id: string, recipientName: string, recipientEmail: string | null, question: string, sentAt: string, linkExpiresAt: string | null, answer: string | null, answeredAt: string | null, answeredVia: ProviderAnswerVia | null }> } }
   };

export type StaffFeedbackSavedFragment = { id: string, version: number };

export type StaffClassifyFeedbackMutationVariables = Exact<{
  input: ClassifyFeedbackInput;
}>;


export type StaffClassifyFeedbackMutation = { classifyFeedback:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationClassifyFeedbackSuccess', data: { id: string, version: number } }
   };

export type StaffAssignFeedbackMutationVariables = Exact<{
  input: AssignFeedbackInput;
}>;


export type StaffAssignFeedbackMutation = { assignFeedback:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationAssignFeedbackSuccess', data: { id: string, version: number } }
   };

export type StaffAddFeedbackNoteMutationVariables = Exact<{
  input: AddFeedbackNoteInput;
}>;


export type StaffAddFeedbackNoteMutation = { addFeedbackNote:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationAddFeedbackNoteSuccess', data: { id: string, version: number } }
   };

export type StaffRecordFeedbackActionMutationVariables = Exact<{
  input: RecordFeedbackActionInput;
}>;


export type StaffRecordFeedbackActionMutation = { recordFeedbackAction:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRecordFeedbackActionSuccess', data: { id: string, version: number } }
   };

export type StaffLinkFeedbackToCaseMutationVariables = Exact<{
  input: LinkFeedbackToCaseInput;
}>;


export type StaffLinkFeedbackToCaseMutation = { linkFeedbackToCase:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationLinkFeedbackToCaseSuccess', data: { id: string, version: number } }
   };

export type StaffCloseFeedbackMutationVariables = Exact<{
  input: CloseFeedbackInput;
}>;


export type StaffCloseFeedbackMutation = { closeFeedback:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCloseFeedbackSuccess', data: { id: string, version: number } }
   };

export type StaffReopenFeedbackMutationVariables = Exact<{
  input: ReopenFeedbackInput;
}>;


export type StaffReopenFeedbackMutation = { reopenFeedback:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationReopenFeedbackSuccess', data: { id: string, version: number } }
   };

export type StaffFeedbackHandlersQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffFeedbackHandlersQuery = { staffUnits: Array<string>, feedbackHandlers: Array<{ id: string, name: string, title: string }> };

export type StaffCouncilActionFragment = { id: string, what: string, responsible: string, dueOn: string, overdue: boolean, done: boolean, doneAt: string | null, doneNote: string | null, meetingId: string, meetingMonth: string };

export type StaffCouncilMeetingsQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type StaffCouncilMeetingsQuery = { councilMeetings: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, month: string, meetingOn: string, status: CouncilMeetingStatus }> } };

export type StaffCouncilMeetingQueryVariables = Exact<{
  id: string;
}>;


export type StaffCouncilMeetingQuery = { councilMeeting: { id: string, month: string, meetingOn: string, status: CouncilMeetingStatus, agenda: { periodStart: string, periodEnd: string, incomingDeviations: number, incomingLexSarah: number, openFeedback: number, openDeviations: number, lexSarahInvestigating: number, actionsNotDone: number, incomingFeedbackByType: Array<{ key: string, count: number }>, incomingFeedbackByTarget: Array<{ key: string, count: number }> }, agendaItems: Array<{ id: string, kind: CouncilAgendaItemKind, refId: string, reference: string | null, summary: string | null }>, decisions: Array<{ id: string, text: string, agendaItemId: string | null, createdAt: string }>, actions: Array<{ id: string, what: string, responsible: string, dueOn: string, overdue: boolean, done: boolean, doneAt: string | null, doneNote: string | null, meetingId: string, meetingMonth: string }> } | null };

export type StaffCouncilActionsQueryVariables = Exact<{
  offset: number;
  limit: number;
  includeDone?: boolean | null | undefined;
}>;


export type StaffCouncilActionsQuery = { councilActions: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, what: string, responsible: string, dueOn: string, overdue: boolean, done: boolean, doneAt: string | null, doneNote: string | null, meetingId: string, meetingMonth: string }> } };

export type StaffCreateCouncilMeetingMutationVariables = Exact<{
  meetingOn: string;
}>;


export type StaffCreateCouncilMeetingMutation = { createCouncilMeeting:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCreateCouncilMeetingSuccess', data: { id: string } }
   };

export type StaffMarkCouncilMeetingHeldMutationVariables = Exact<{
  id: string;
}>;


export type StaffMarkCouncilMeetingHeldMutation = { markCouncilMeetingHeld:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationMarkCouncilMeetingHeldSuccess', data: { id: string, status: CouncilMeetingStatus } }
   };

export type StaffAddToCouncilAgendaMutationVariables = Exact<{
  input: AddToCouncilAgendaInput;
}>;


export type StaffAddToCouncilAgendaMutation = { addToCouncilAgenda:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationAddToCouncilAgendaSuccess', data: { id: string, month: string } }
   };

export type StaffRecordCouncilDecisionMutationVariables = Exact<{
  meetingId: string;
  agendaItemId?: string | null | undefined;
  text: string;
}>;


export type StaffRecordCouncilDecisionMutation = { recordCouncilDecision:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRecordCouncilDecisionSuccess', data: { id: string } }
   };

export type StaffAddCouncilActionMutationVariables = Exact<{
  input: CouncilActionInput;
}>;


export type StaffAddCouncilActionMutation = { addCouncilAction:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationAddCouncilActionSuccess', data: { id: string } }
   };

export type StaffCompleteCouncilActionMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type StaffCompleteCouncilActionMutation = { completeCouncilAction:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCompleteCouncilActionSuccess', data: { id: string, what: string, responsible: string, dueOn: string, overdue: boolean, done: boolean, doneAt: string | null, doneNote: string | null, meetingId: string, meetingMonth: string } }
   };

export type StaffDeviationFragment = { id: string, kind: DeviationKind, target: DeviationTarget, providerName: string | null, description: string | null, applicationId: string | null, raisedOn: string, status: DeviationStatus, closingNote: string | null, closedAt: string | null };

export type StaffDeviationsQueryVariables = Exact<{
  offset: number;
  limit: number;
  status?: DeviationStatus | null | undefined;
  target?: DeviationTarget | null | undefined;
  kind?: DeviationKind | null | undefined;
}>;


export type StaffDeviationsQuery = { deviations: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, kind: DeviationKind, target: DeviationTarget, providerName: string | null, description: string | null, applicationId: string | null, raisedOn: string, status: DeviationStatus, closingNote: string | null, closedAt: string | null }> } };

export type StaffDeviationQueryVariables = Exact<{
  id: string;
}>;


export type StaffDeviationQuery = { deviation: { id: string, kind: DeviationKind, target: DeviationTarget, providerName: string | null, description: string | null, applicationId: string | null, raisedOn: string, status: DeviationStatus, closingNote: string | null, closedAt: string | null } | null };

export type StaffRegisterDeviationMutationVariables = Exact<{
  input: RegisterDeviationInput;
}>;


export type StaffRegisterDeviationMutation = { registerDeviation:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRegisterDeviationSuccess', data: { id: string } }
   };

export type StaffCloseDeviationMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type StaffCloseDeviationMutation = { closeDeviation:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCloseDeviationSuccess', data: { id: string, kind: DeviationKind, target: DeviationTarget, providerName: string | null, description: string | null, applicationId: string | null, raisedOn: string, status: DeviationStatus, closingNote: string | null, closedAt: string | null } }
   };

export type StaffLexSarahReportFragment = { id: string, referenceNumber: string, version: number, whatHappened: string, place: string, happenedOn: string | null, reportedBy: string, reportedOn: string, source: LexSarahSource, feedbackId: string | null, feedbackReference: string | null, deviationId: string | null, status: LexSarahStatus, findings: string | null, causes: string | null, actions: string | null, investigatedOn: string | null, seriousOn: string | null, decision: LexSarahDecision | null, decisionReasons: string | null, decidedOn: string | null, ivoSentOn: string | null, investigationDue: string, investigationOverdue: boolean, ivoDue: string | null, ivoOverdue: boolean, pdfUrl: string };

export type StaffLexSarahReportsQueryVariables = Exact<{
  offset: number;
  limit: number;
  status?: LexSarahStatus | null | undefined;
}>;


export type StaffLexSarahReportsQuery = { lexSarahReports: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, referenceNumber: string, reportedOn: string, place: string, status: LexSarahStatus, source: LexSarahSource, investigationDue: string, investigationOverdue: boolean, ivoDue: string | null, ivoOverdue: boolean }> } };

export type StaffLexSarahReportQueryVariables = Exact<{
  id: string;
}>;


export type StaffLexSarahReportQuery = { lexSarahReport: { id: string, referenceNumber: string, version: number, whatHappened: string, place: string, happenedOn: string | null, reportedBy: string, reportedOn: string, source: LexSarahSource, feedbackId: string | null, feedbackReference: string | null, deviationId: string | null, status: LexSarahStatus, findings: string | null, causes: string | null, actions: string | null, investigatedOn: string | null, seriousOn: string | null, decision: LexSarahDecision | null, decisionReasons: string | null, decidedOn: string | null, ivoSentOn: string | null, investigationDue: string, investigationOverdue: boolean, ivoDue: string | null, ivoOverdue: boolean, pdfUrl: string } | null };

export type StaffEscalateToLexSarahMutationVariables = Exact<{
  input: EscalateToLexSarahInput;
}>;


export type StaffEscalateToLexSarahMutation = { escalateToLexSarah:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationEscalateToLexSarahSuccess', data: { id: string, referenceNumber: string } }
   };

export type StaffRecordLexSarahInvestigationMutationVariables = Exact<{
  input: RecordLexSarahInvestigationInput;
}>;


export type StaffRecordLexSarahInvestigationMutation = { recordLexSarahInvestigation:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRecordLexSarahInvestigationSuccess', data: { id: string, referenceNumber: string, version: number, whatHappened: string, place: string, happenedOn: string | null, reportedBy: string, reportedOn: string, source: LexSarahSource, feedbackId: string | null, feedbackReference: string | null, deviationId: string | null, status: LexSarahStatus, findings: string | null, causes: string | null, actions: string | null, investigatedOn: string | null, seriousOn: string | null, decision: LexSarahDecision | null, decisionReasons: string | null, decidedOn: string | null, ivoSentOn: string | null, investigationDue: string, investigationOverdue: boolean, ivoDue: string | null, ivoOverdue: boolean, pdfUrl: string } }
   };

export type StaffDecideLexSarahMutationVariables = Exact<{
  input: DecideLexSarahInput;
}>;


export type StaffDecideLexSarahMutation = { decideLexSarah:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationDecideLexSarahSuccess', data: { id: string, referenceNumber: string, version: number, whatHappened: string, place: string, happenedOn: string | null, reportedBy: string, reportedOn: string, source: LexSarahSource, feedbackId: string | null, feedbackReference: string | null, deviationId: string | null, status: LexSarahStatus, findings: string | null, causes: string | null, actions: string | null, investigatedOn: string | null, seriousOn: string | null, decision: LexSarahDecision | null, decisionReasons: string | null, decidedOn: string | null, ivoSentOn: string | null, investigationDue: string, investigationOverdue: boolean, ivoDue: string | null, ivoOverdue: boolean, pdfUrl: string } }
   };

export type StaffFeedbackQualityQueryVariables = Exact<{
  id: string;
}>;


export type StaffFeedbackQualityQuery = { feedback: { id: string, referenceNumber: string, lexSarahReport: { id: string, referenceNumber: string, status: LexSarahStatus, investigationDue: string, investigationOverdue: boolean } | null } | null };

export type StaffFeedbackPersonLookupQueryVariables = Exact<{
  personalIdentityNumber: string;
}>;


export type StaffFeedbackPersonLookupQuery = { personByPersonalIdentityNumber: { id: string, fullName: string } | null };

export type StaffRegisterFeedbackMutationVariables = Exact<{
  input: RegisterFeedbackInput;
}>;


export type StaffRegisterFeedbackMutation = { registerFeedback:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRegisterFeedbackSuccess', data: { id: string, referenceNumber: string } }
   };

export type StaffFeedbackGenderCountsFragment = { women: number, men: number, unknown: number, total: number };

export type StaffFeedbackStatisticsQueryVariables = Exact<{
  year: number;
  unit?: string | null | undefined;
}>;


export type StaffFeedbackStatisticsQuery = { feedbackStatistics: { year: number, unit: string | null, categories: Array<{ dimension: FeedbackStatisticsDimension, category: string, periods: Array<{ women: number, men: number, unknown: number, total: number }> }>, outcomes: Array<{ period: FeedbackStatisticsPeriod, answeredShare: number | null, actionShare: number | null, answerDaysMedian: number | null, answerDaysMean: number | null, received: { women: number, men: number, unknown: number, total: number }, answered: { women: number, men: number, unknown: number, total: number }, actionTaken: { women: number, men: number, unknown: number, total: number }, lexSarah: { women: number, men: number, unknown: number, total: number } }> } | null };

export type StaffFeedbackStatisticsCsvQueryVariables = Exact<{
  year: number;
  unit?: string | null | undefined;
}>;


export type StaffFeedbackStatisticsCsvQuery = { feedbackStatisticsCsv: string | null };

export type StaffSurveyShareFragment = { respondents: number, percent: number | null, suppressed: boolean };

export type StaffSurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffSurveysQuery = { surveys: { nodes: Array<{ id: string, year: number, opensOn: string, closesOn: string, isOpen: boolean }> } };

export type StaffSurveyResultsQueryVariables = Exact<{
  id: string;
}>;


export type StaffSurveyResultsQuery = { survey: { id: string, year: number, opensOn: string, closesOn: string, responseCount: number, results: Array<{ question: SurveyQuestionKey, women: { respondents: number, percent: number | null, suppressed: boolean }, men: { respondents: number, percent: number | null, suppressed: boolean }, all: { respondents: number, percent: number | null, suppressed: boolean }, national: { womenPercent: number | null, menPercent: number | null, totalPercent: number | null, respondents: number | null } | null }> } | null };

export type StaffSurveyResultsCsvQueryVariables = Exact<{
  surveyId: string;
}>;


export type StaffSurveyResultsCsvQuery = { surveyResultsCsv: string | null };

export type StaffCreateSurveyMutationVariables = Exact<{
  input: CreateSurveyInput;
}>;


export type StaffCreateSurveyMutation = { createSurvey:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCreateSurveySuccess', data: { id: string, year: number } }
   };

export type StaffEnterPaperSurveyResponseMutationVariables = Exact<{
  input: EnterPaperSurveyResponseInput;
}>;


export type StaffEnterPaperSurveyResponseMutation = { enterPaperSurveyResponse:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationEnterPaperSurveyResponseSuccess', data: { responseCount: number } }
   };

export type StaffSurveyIndicatorsQueryVariables = Exact<{
  year: number;
}>;


export type StaffSurveyIndicatorsQuery = { surveyIndicators: Array<{ indicator: SurveyIndicatorKey, targetMax: number | null, women: { percent: number | null, respondents: number, target: number, met: boolean | null }, men: { percent: number | null, respondents: number, target: number, met: boolean | null }, all: { percent: number | null, respondents: number, target: number, met: boolean | null } }> };

export const CitizenMyFeedbackItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenMyFeedbackItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyFeedbackItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"concernsPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"sentByPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"sentByMe"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<CitizenMyFeedbackItemFragment, unknown>;
export const MutationErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<MutationErrorsFragment, unknown>;
export const StaffFeedbackRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFeedbackRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"textHasSensitiveDetails"}},{"kind":"Field","name":{"kind":"Name","value":"handler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StaffFeedbackRowFragment, unknown>;
export const StaffAnswersOfItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAnswersOfItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackReplies"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackId"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"answerBy"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactAddress"}},{"kind":"Field","name":{"kind":"Name","value":"unanswerable"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"letterUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<StaffAnswersOfItemFragment, unknown>;
export const StaffFeedbackItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFeedbackItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textHasSensitiveDetails"}},{"kind":"Field","name":{"kind":"Name","value":"mayRevealText"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"signedIn"}},{"kind":"Field","name":{"kind":"Name","value":"senderGender"}},{"kind":"Field","name":{"kind":"Name","value":"answerBy"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactAddress"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"classifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actionTakenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lexSarahAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StaffFeedbackItemFragment, unknown>;
export const StaffForwardsOfItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffForwardsOfItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackReplies"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"forwards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredVia"}}]}}]}}]} as unknown as DocumentNode<StaffForwardsOfItemFragment, unknown>;
export const StaffFeedbackSavedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFeedbackSaved"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<StaffFeedbackSavedFragment, unknown>;
export const StaffCouncilActionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffCouncilAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneNote"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingMonth"}}]}}]} as unknown as DocumentNode<StaffCouncilActionFragment, unknown>;
export const StaffDeviationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffDeviation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deviation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closingNote"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<StaffDeviationFragment, unknown>;
export const StaffLexSarahReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffLexSarahReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LexSarahReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"whatHappened"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"happenedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackReference"}},{"kind":"Field","name":{"kind":"Name","value":"deviationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"causes"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"investigatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"seriousOn"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"ivoSentOn"}},{"kind":"Field","name":{"kind":"Name","value":"investigationDue"}},{"kind":"Field","name":{"kind":"Name","value":"investigationOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ivoDue"}},{"kind":"Field","name":{"kind":"Name","value":"ivoOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}}]} as unknown as DocumentNode<StaffLexSarahReportFragment, unknown>;
export const StaffFeedbackGenderCountsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFeedbackGenderCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackGenderCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"men"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<StaffFeedbackGenderCountsFragment, unknown>;
export const StaffSurveyShareFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffSurveyShare"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyShare"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<StaffSurveyShareFragment, unknown>;
export const CitizenMyFeedbackDocument = {"__meta__":{"hash":"sha256:558f188139f7eb1adbe8ad3b6259fc311b89ad61286e6dd2e24768921e69afe6"}} as unknown as DocumentNode<CitizenMyFeedbackQuery, CitizenMyFeedbackQueryVariables>;
export const CitizenProviderForwardDocument = {"__meta__":{"hash":"sha256:0732d6d3bb106c97a505544d32fbe6a80c9979f488455058fd658b3b95072b75"}} as unknown as DocumentNode<CitizenProviderForwardQuery, CitizenProviderForwardQueryVariables>;
export const CitizenAnswerProviderForwardDocument = {"__meta__":{"hash":"sha256:61729a33ca126bd2b6af97bda4ddb9df632e5dc1b10618bb01cc6e25ccd5caa6"}} as unknown as DocumentNode<CitizenAnswerProviderForwardMutation, CitizenAnswerProviderForwardMutationVariables>;
export const CitizenFeedbackStatusDocument = {"__meta__":{"hash":"sha256:83a50419b84344f43c74ddcbdf4194e9455d9baa8b731d513071455e9342312c"}} as unknown as DocumentNode<CitizenFeedbackStatusQuery, CitizenFeedbackStatusQueryVariables>;
export const CitizenSubmitFeedbackDocument = {"__meta__":{"hash":"sha256:22e91064d64efd4850bc52e70b2c4d128a593bacc99c3be2ac7a848c1669de21"}} as unknown as DocumentNode<CitizenSubmitFeedbackMutation, CitizenSubmitFeedbackMutationVariables>;
export const CitizenSurveyOffersDocument = {"__meta__":{"hash":"sha256:cf2809e141d6f54a651fc6c67f2eff7a68a4be13c80aaf8ba1a87e8ca59a8ee5"}} as unknown as DocumentNode<CitizenSurveyOffersQuery, CitizenSurveyOffersQueryVariables>;
export const CitizenAnswerSurveyDocument = {"__meta__":{"hash":"sha256:712e92b7867823961ac40d5e08738f5690b19a20d4dfbf1c98abd787bca600fe"}} as unknown as DocumentNode<CitizenAnswerSurveyMutation, CitizenAnswerSurveyMutationVariables>;
export const StaffFeedbackListDocument = {"__meta__":{"hash":"sha256:70c60e9af209c04e6d3360e62ebb37f8d0812bc593e6a7f728a02dd1d6785a1e"}} as unknown as DocumentNode<StaffFeedbackListQuery, StaffFeedbackListQueryVariables>;
export const StaffIndicatorReportDocument = {"__meta__":{"hash":"sha256:db2c8779344c077cecf67c034d7b16ac0f1d68178865f6aa34ec3b17dd16f03a"}} as unknown as DocumentNode<StaffIndicatorReportQuery, StaffIndicatorReportQueryVariables>;
export const StaffFeedbackAnswersDocument = {"__meta__":{"hash":"sha256:d8d25c4cd0006127f1020b2a2bfb4527760bc73320cd2f33b505fb66f92a5998"}} as unknown as DocumentNode<StaffFeedbackAnswersQuery, StaffFeedbackAnswersQueryVariables>;
export const StaffAnswerFeedbackDocument = {"__meta__":{"hash":"sha256:6fc171be1c1b06199dcafa6d4488a458594097a6056468a9b226ba3b6832f1f3"}} as unknown as DocumentNode<StaffAnswerFeedbackMutation, StaffAnswerFeedbackMutationVariables>;
export const StaffFeedbackItemDocument = {"__meta__":{"hash":"sha256:bc58a7ffbcbb6dac467dc671d7a79644752371479790631213be84b9efa14c37"}} as unknown as DocumentNode<StaffFeedbackItemQuery, StaffFeedbackItemQueryVariables>;
export const StaffFeedbackSenderDocument = {"__meta__":{"hash":"sha256:d06cb07e561ec01b9cffc5befd92fdc995bb35930bda0aa7a980be873a0ba173"}} as unknown as DocumentNode<StaffFeedbackSenderQuery, StaffFeedbackSenderQueryVariables>;
export const StaffFeedbackTextDocument = {"__meta__":{"hash":"sha256:c9584a1f8a72369b56a982e5ca0a944c6ef130cc486bb1cd83771e6f624bb97a"}} as unknown as DocumentNode<StaffFeedbackTextQuery, StaffFeedbackTextQueryVariables>;
export const StaffFeedbackForwardsDocument = {"__meta__":{"hash":"sha256:08ff4a74ae8aed760e4574e28c29e0947635d40e03345ffd5593738f3f1a372e"}} as unknown as DocumentNode<StaffFeedbackForwardsQuery, StaffFeedbackForwardsQueryVariables>;
export const StaffForwardFeedbackDocument = {"__meta__":{"hash":"sha256:ff47742787e1d5a988e839b4ef600e4847b0ba8d07afe949504c9c159b48b9db"}} as unknown as DocumentNode<StaffForwardFeedbackMutation, StaffForwardFeedbackMutationVariables>;
export const StaffRecordProviderAnswerDocument = {"__meta__":{"hash":"sha256:6bed05b3ddb1196b4406686b552ec6a8f45398a388f46212c94bdb678d294daa"}} as unknown as DocumentNode<StaffRecordProviderAnswerMutation, StaffRecordProviderAnswerMutationVariables>;
export const StaffClassifyFeedbackDocument = {"__meta__":{"hash":"sha256:becd047cf27a7e633c590adae0815b1415c99876735bd9bba667cbe4fe9dbd52"}} as unknown as DocumentNode<StaffClassifyFeedbackMutation, StaffClassifyFeedbackMutationVariables>;
export const StaffAssignFeedbackDocument = {"__meta__":{"hash":"sha256:f44d24f828804e6e125cd225f4d70384756885b60d9531bc66a51185306457f4"}} as unknown as DocumentNode<StaffAssignFeedbackMutation, StaffAssignFeedbackMutationVariables>;
export const StaffAddFeedbackNoteDocument = {"__meta__":{"hash":"sha256:e18ef63c0b34c9557f1adde8ac779ebeea1de98c46285397d29bdea0faf0cd7e"}} as unknown as DocumentNode<StaffAddFeedbackNoteMutation, StaffAddFeedbackNoteMutationVariables>;
export const StaffRecordFeedbackActionDocument = {"__meta__":{"hash":"sha256:1b373bbdb8d58a4df3be7a5feea1fe2d4f25756a03accbdee6b65ad15739bee1"}} as unknown as DocumentNode<StaffRecordFeedbackActionMutation, StaffRecordFeedbackActionMutationVariables>;
export const StaffLinkFeedbackToCaseDocument = {"__meta__":{"hash":"sha256:6895188516064cf0a94a905c4fb25d75859e6c88b7613bf906cf9c5539ccc9f1"}} as unknown as DocumentNode<StaffLinkFeedbackToCaseMutation, StaffLinkFeedbackToCaseMutationVariables>;
export const StaffCloseFeedbackDocument = {"__meta__":{"hash":"sha256:38006de69b33332dbdbebfa6c58a8a175e057f2942551379265bf99a659ca8f3"}} as unknown as DocumentNode<StaffCloseFeedbackMutation, StaffCloseFeedbackMutationVariables>;
export const StaffReopenFeedbackDocument = {"__meta__":{"hash":"sha256:e93acd41fcdbb24884e3d8618ed813145a1de19378564f96d5134e44eed2a452"}} as unknown as DocumentNode<StaffReopenFeedbackMutation, StaffReopenFeedbackMutationVariables>;
export const StaffFeedbackHandlersDocument = {"__meta__":{"hash":"sha256:9c19c86c6f30f4d927d42ec75251f7371dbbe556dc80bbae7b5a931ca5a74af5"}} as unknown as DocumentNode<StaffFeedbackHandlersQuery, StaffFeedbackHandlersQueryVariables>;
export const StaffCouncilMeetingsDocument = {"__meta__":{"hash":"sha256:f319b349b979445e881a17baf8906ca5a85b93557c1e926a42a7e3ec310ed26e"}} as unknown as DocumentNode<StaffCouncilMeetingsQuery, StaffCouncilMeetingsQueryVariables>;
export const StaffCouncilMeetingDocument = {"__meta__":{"hash":"sha256:ca9bcbe3a35ec92f15a478318d0a334ca67a211228163444526c48c8cf6c0c60"}} as unknown as DocumentNode<StaffCouncilMeetingQuery, StaffCouncilMeetingQueryVariables>;
export const StaffCouncilActionsDocument = {"__meta__":{"hash":"sha256:c5368182a86d0777f29dcd9fe2f39bff30bc65ca0e3dd953653ddfd2986bb854"}} as unknown as DocumentNode<StaffCouncilActionsQuery, StaffCouncilActionsQueryVariables>;
export const StaffCreateCouncilMeetingDocument = {"__meta__":{"hash":"sha256:96c9dc60fe812b5dea1958e71624f51a40b658c1b7042e27d6cb9a448d50912d"}} as unknown as DocumentNode<StaffCreateCouncilMeetingMutation, StaffCreateCouncilMeetingMutationVariables>;
export const StaffMarkCouncilMeetingHeldDocument = {"__meta__":{"hash":"sha256:7ddeaeb96ba9692c8a42fe3cb3b148d4d80bb3d75a1a92ef7f5130e2b3b8e268"}} as unknown as DocumentNode<StaffMarkCouncilMeetingHeldMutation, StaffMarkCouncilMeetingHeldMutationVariables>;
export const StaffAddToCouncilAgendaDocument = {"__meta__":{"hash":"sha256:3ba3ab6402e5dd6a0c087bc275236e20730f6c0d865dc8cbed4dcb479c9bfe0a"}} as unknown as DocumentNode<StaffAddToCouncilAgendaMutation, StaffAddToCouncilAgendaMutationVariables>;
export const StaffRecordCouncilDecisionDocument = {"__meta__":{"hash":"sha256:3414a3a26aacca2f1221da8f63eaa6d22642b02bfc9e0678cce6f73fc208dd75"}} as unknown as DocumentNode<StaffRecordCouncilDecisionMutation, StaffRecordCouncilDecisionMutationVariables>;
export const StaffAddCouncilActionDocument = {"__meta__":{"hash":"sha256:3cc2609c8603759d6f2f0b5ea63159401a2edb2d2810b64145c46134858662b0"}} as unknown as DocumentNode<StaffAddCouncilActionMutation, StaffAddCouncilActionMutationVariables>;
export const StaffCompleteCouncilActionDocument = {"__meta__":{"hash":"sha256:ea1c64d884c61bae4820fe518f7d3d16f5b3a2cde2beef551c1020814b6af309"}} as unknown as DocumentNode<StaffCompleteCouncilActionMutation, StaffCompleteCouncilActionMutationVariables>;
export const StaffDeviationsDocument = {"__meta__":{"hash":"sha256:3866388045bc64f9733d197cc3b2bd0f5f0ec502b38a534f7c3dc2540dace934"}} as unknown as DocumentNode<StaffDeviationsQuery, StaffDeviationsQueryVariables>;
export const StaffDeviationDocument = {"__meta__":{"hash":"sha256:62489f280e5e3a28a00923964e387fdf0bcdfa786a8a6293e4d544909a6d35af"}} as unknown as DocumentNode<StaffDeviationQuery, StaffDeviationQueryVariables>;
export const StaffRegisterDeviationDocument = {"__meta__":{"hash":"sha256:26df7acbe66ebfcd79916d994d8cd626e7c86b41ccb2d699c0f7c1464aaa4ad7"}} as unknown as DocumentNode<StaffRegisterDeviationMutation, StaffRegisterDeviationMutationVariables>;
export const StaffCloseDeviationDocument = {"__meta__":{"hash":"sha256:b73fd593b9fe19d1812b360a8125e191566041f0281486d170ce0b6dfe66c56a"}} as unknown as DocumentNode<StaffCloseDeviationMutation, StaffCloseDeviationMutationVariables>;
export const StaffLexSarahReportsDocument = {"__meta__":{"hash":"sha256:4e32d0d8599529550096caf4cf1f4395564c6b4e39e24e68d706a226027d3210"}} as unknown as DocumentNode<StaffLexSarahReportsQuery, StaffLexSarahReportsQueryVariables>;
export const StaffLexSarahReportDocument = {"__meta__":{"hash":"sha256:fc34e96d14f7af4f48f1dffa87e424a7d038cfe85aadc034427eeabb5334c93c"}} as unknown as DocumentNode<StaffLexSarahReportQuery, StaffLexSarahReportQueryVariables>;
export const StaffEscalateToLexSarahDocument = {"__meta__":{"hash":"sha256:4853d25490406138dd9fad4212ca991d3753710285b3832109a1387346fb89dc"}} as unknown as DocumentNode<StaffEscalateToLexSarahMutation, StaffEscalateToLexSarahMutationVariables>;
export const StaffRecordLexSarahInvestigationDocument = {"__meta__":{"hash":"sha256:9e64f63a2cb3443a3c07b3189937ab13e65af4b430f8cf3a75d20dac2ef8467b"}} as unknown as DocumentNode<StaffRecordLexSarahInvestigationMutation, StaffRecordLexSarahInvestigationMutationVariables>;
export const StaffDecideLexSarahDocument = {"__meta__":{"hash":"sha256:a48555fe5f1ce7c566680dee2a92ad0562300cace12f48e80b1aab0446cead4a"}} as unknown as DocumentNode<StaffDecideLexSarahMutation, StaffDecideLexSarahMutationVariables>;
export const StaffFeedbackQualityDocument = {"__meta__":{"hash":"sha256:78d162073128ff504a5a16234cf5b8b498b0c6e030025656fe479df6ff75b76e"}} as unknown as DocumentNode<StaffFeedbackQualityQuery, StaffFeedbackQualityQueryVariables>;
export const StaffFeedbackPersonLookupDocument = {"__meta__":{"hash":"sha256:d0f5130cf6004ed328adba4f3ae0758ca1faed0f1b6a235233c154935054628e"}} as unknown as DocumentNode<StaffFeedbackPersonLookupQuery, StaffFeedbackPersonLookupQueryVariables>;
export const StaffRegisterFeedbackDocument = {"__meta__":{"hash":"sha256:50db126116371253530e3af37e70c47e1a9ee2589c7a7bd7e74743fadf39d6de"}} as unknown as DocumentNode<StaffRegisterFeedbackMutation, StaffRegisterFeedbackMutationVariables>;
export const StaffFeedbackStatisticsDocument = {"__meta__":{"hash":"sha256:f2f7af035b58883941efa8ff8e969addf53e7971f82014c7a03542ca28d0d470"}} as unknown as DocumentNode<StaffFeedbackStatisticsQuery, StaffFeedbackStatisticsQueryVariables>;
export const StaffFeedbackStatisticsCsvDocument = {"__meta__":{"hash":"sha256:b2d6b29a84c39ffa5ff68a93f8b0daa29de43b15717787191a18072ce115bac9"}} as unknown as DocumentNode<StaffFeedbackStatisticsCsvQuery, StaffFeedbackStatisticsCsvQueryVariables>;
export const StaffSurveysDocument = {"__meta__":{"hash":"sha256:57ea14b8aee773842007ae44a54711526ce0b584fc1ba0c88189bb1e9b1e13dd"}} as unknown as DocumentNode<StaffSurveysQuery, StaffSurveysQueryVariables>;
export const StaffSurveyResultsDocument = {"__meta__":{"hash":"sha256:3c1dc1ed43bee1f138afc2d7d9547be81d13407929891805c6aeda68bdfc39c8"}} as unknown as DocumentNode<StaffSurveyResultsQuery, StaffSurveyResultsQueryVariables>;
export const StaffSurveyResultsCsvDocument = {"__meta__":{"hash":"sha256:4cbb60cafa03aca51ff98656ca6b2d53d3d41b6c36ddd7ef33130977ad6ca8d4"}} as unknown as DocumentNode<StaffSurveyResultsCsvQuery, StaffSurveyResultsCsvQueryVariables>;
export const StaffCreateSurveyDocument = {"__meta__":{"hash":"sha256:e1b468a81206f27859db3797d38021546cf55cb4d396ef7ed34eceba8682233b"}} as unknown as DocumentNode<StaffCreateSurveyMutation, StaffCreateSurveyMutationVariables>;
export const StaffEnterPaperSurveyResponseDocument = {"__meta__":{"hash":"sha256:029c6eec18a717c91b92add9696876faaf6d0e7f68a9e1eff20cbaad49cfefbf"}} as unknown as DocumentNode<StaffEnterPaperSurveyResponseMutation, StaffEnterPaperSurveyResponseMutationVariables>;
export const StaffSurveyIndicatorsDocument = {"__meta__":{"hash":"sha256:89257457ca2e2de0e6fb1a716959ddc84b54356d74f10c4c29e99c9d43dccc83"}} as unknown as DocumentNode<StaffSurveyIndicatorsQuery, StaffSurveyIndicatorsQueryVariables>;