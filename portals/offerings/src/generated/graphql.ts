/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** For the attendance report: woman, man, or not known. */
export const AttendanceGender = {
  Female: 'FEMALE',
  Male: 'MALE',
  Unknown: 'UNKNOWN'
} as const;

export type AttendanceGender = typeof AttendanceGender[keyof typeof AttendanceGender];
export type CancelSessionInput = {
  id: string;
  version: number;
  /** Told to the people registered, and kept: they and staff see it with the session. */
  reason: string;
};

/** A language content is written in: Swedish, plain Swedish ("lätt svenska"), Finnish, English, Arabic. */
export const ContentLanguage = {
  Sv: 'SV',
  SvXEasy: 'SV_X_EASY',
  Fi: 'FI',
  En: 'EN',
  Ar: 'AR'
} as const;

export type ContentLanguage = typeof ContentLanguage[keyof typeof ContentLanguage];
/** A draft (editors only) or published (everyone, between its dates). */
export const ContentStatus = {
  Draft: 'DRAFT',
  Published: 'PUBLISHED'
} as const;

export type ContentStatus = typeof ContentStatus[keyof typeof ContentStatus];
/** A new page, as a draft, with its Swedish text. */
export type CreateInformationPageInput = {
  /** The address under /information: a–z, digits and hyphens. */
  slug: string;
  topic?: InformationTopic | null | undefined;
  /** Place in the list (0 first). */
  position?: number | null | undefined;
  /** At most 200 characters. */
  title: string;
  /** At most 500 characters. */
  summary: string;
  /** Safe markup, at most 20000 characters. */
  body: string;
};

export type CreateOfferingInput = {
  facts: OfferingFactsInput;
  texts: Array<OfferingTextInput>;
};

export type CreateVenueInput = {
  facts: VenueFactsInput;
  texts: Array<VenueTextInput>;
};

export type EditorOfferingFilter = {
  status?: ContentStatus | null | undefined;
  kind?: OfferingKind | null | undefined;
  venueId?: string | null | undefined;
  /** Words in the Swedish title. */
  search?: string | null | undefined;
};

/** A draft (editors only) or published (everyone, between its dates). */
export const InformationPageStatus = {
  Draft: 'DRAFT',
  Published: 'PUBLISHED'
} as const;

export type InformationPageStatus = typeof InformationPageStatus[keyof typeof InformationPageStatus];
/** What an information page is about: services to apply for, rights in Finnish, relatives, housing, complaints, accessibility. */
export const InformationTopic = {
  Services: 'SERVICES',
  FinnishRights: 'FINNISH_RIGHTS',
  Relatives: 'RELATIVES',
  Housing: 'HOUSING',
  Complaints: 'COMPLAINTS',
  Accessibility: 'ACCESSIBILITY'
} as const;

export type InformationTopic = typeof InformationTopic[keyof typeof InformationTopic];
/** Who may come: OPEN_65 everyone over 65 ("öppen för alla över 65"), DECISION only with a decision ("kräver biståndsbeslut"). */
export const OfferingAudience = {
  Open_65: 'OPEN_65',
  Decision: 'DECISION'
} as const;

export type OfferingAudience = typeof OfferingAudience[keyof typeof OfferingAudience];
export type OfferingFactsInput = {
  kind: OfferingKind;
  audience: OfferingAudience;
  venueId: string;
  /** Whole kronor per session; 0 is free. */
  price: number;
  /** The language it is held in, ISO 639-1 (sv, fi, ar). */
  language: string;
  registrationRequired: boolean;
};

/** What is offered: an activity, culture event, outing, course, meal with company, digital help or relatives’ group. */
export const OfferingKind = {
  Activity: 'ACTIVITY',
  Culture: 'CULTURE',
  Outing: 'OUTING',
  Course: 'COURSE',
  Meal: 'MEAL',
  DigitalHelp: 'DIGITAL_HELP',
  RelativesGroup: 'RELATIVES_GROUP'
} as const;

export type OfferingKind = typeof OfferingKind[keyof typeof OfferingKind];
/** What to narrow the public list of sessions by; all optional, together they all apply. */
export type OfferingSessionFilter = {
  /** The district ("stadsdelsområde"), e.g. Hägersten-Älvsjö. */
  district?: string | null | undefined;
  /** The neighbourhood ("stadsdel"), e.g. Fruängen. */
  area?: string | null | undefined;
  /** One venue. */
  venueId?: string | null | undefined;
  /** First Stockholm day "YYYY-MM-DD" (included); without it, from now. */
  from?: string | null | undefined;
  /** Last Stockholm day "YYYY-MM-DD" (included). A week view asks Monday to Sunday. */
  to?: string | null | undefined;
  /** Only these kinds. */
  kinds?: Array<OfferingKind> | null | undefined;
  /** Only sessions held in this language (sv, fi, ar, …). */
  language?: string | null | undefined;
  /** Only sessions that cost nothing. */
  freeOfCharge?: boolean | null | undefined;
  /** Only at venues with step-free access. */
  stepFree?: boolean | null | undefined;
  /** Only at venues with a hearing loop. */
  hearingLoop?: boolean | null | undefined;
  /** Words in the title (Swedish or the reader’s language) or the venue’s name. */
  search?: string | null | undefined;
};

/** An offering's texts in one language. A language other than Swedish sent with every field empty removes that translation. */
export type OfferingTextInput = {
  language: ContentLanguage;
  /** At most 200 characters; required when the language is written. */
  title: string;
  /** At most 500 characters. */
  summary: string;
  /** Plain text with the safe markup (docs/OFFERINGS.md "Safe text"). */
  description: string;
};

/** How the programme is laid out. */
export const ProgrammeLayout = {
  /** For the notice board ("anslagstavla"): A4, large text, by meeting place and day. */
  NoticeBoard: 'NOTICE_BOARD',
  /** For the local paper ("lokaltidning"): A4 in three columns, by day and meeting place. */
  Newspaper: 'NEWSPAPER'
} as const;

export type ProgrammeLayout = typeof ProgrammeLayout[keyof typeof ProgrammeLayout];
/** Where the making of a programme stands. */
export const ProgrammeRunStatus = {
  /** Asked for, or to be tried again after a failure; the job has not started. */
  Queued: 'QUEUED',
  /** Being made (`progress` 0–100). */
  Running: 'RUNNING',
  /** Ready to download. */
  Done: 'DONE',
  /** Failed after its retries; ask for a new one. */
  Failed: 'FAILED'
} as const;

export type ProgrammeRunStatus = typeof ProgrammeRunStatus[keyof typeof ProgrammeRunStatus];
/** Publish between two days (Stockholm), both optional: from publishFrom's start to publishUntil's end. */
export type PublishContentInput = {
  id: string;
  version: number;
  /** First day shown, YYYY-MM-DD. */
  publishFrom?: string | null | undefined;
  /** Last day shown, YYYY-MM-DD. */
  publishUntil?: string | null | undefined;
};

/** Publish a page, from and until the days given (Stockholm time). */
export type PublishInformationPageInput = {
  id: string;
  version: number;
  /** First day shown, YYYY-MM-DD; empty: from now. */
  publishFrom?: string | null | undefined;
  /** Last day shown, YYYY-MM-DD; empty: until unpublished. */
  publishUntil?: string | null | undefined;
};

/** Who registers and how to reach them ("anmälan"). */
export type RegisterForSessionInput = {
  /** Signed in: the person to register, oneself or a person one represents; left out means oneself. Ignored when not signed in. */
  personId?: string | null | undefined;
  /** Name, at most 200 characters. */
  name: string;
  /** Phone number: digits, spaces, + and -, 6 to 20 characters. The organiser calls it when something changes. */
  phone: string;
  /** E-mail address, optional; needed for noticeBy EMAIL and for the reminder the day before. */
  email?: string | null | undefined;
  /** Postal address, optional; needed for noticeBy LETTER. At most 500 characters. */
  postalAddress?: string | null | undefined;
  /** How to be told when moved up from the waiting list. */
  noticeBy: RegistrationNoticeChannel;
};

/** Why a session takes no registration now. */
export const RegistrationClosedReason = {
  NotFound: 'NOT_FOUND',
  Cancelled: 'CANCELLED',
  Past: 'PAST',
  NoRegistration: 'NO_REGISTRATION',
  Decision: 'DECISION',
  AlreadyRegistered: 'ALREADY_REGISTERED'
} as const;

export type RegistrationClosedReason = typeof RegistrationClosedReason[keyof typeof RegistrationClosedReason];
/** How a person is told they moved up from the waiting list: e-mail, a letter the organiser prints, or a phone call from the organiser. */
export const RegistrationNoticeChannel = {
  Email: 'EMAIL',
  Letter: 'LETTER',
  Phone: 'PHONE'
} as const;

export type RegistrationNoticeChannel = typeof RegistrationNoticeChannel[keyof typeof RegistrationNoticeChannel];
/** A registration's place: registered ("anmäld"), on the waiting list ("i kö"), or cancelled ("avbokad"). */
export const RegistrationStatus = {
  Registered: 'REGISTERED',
  Waiting: 'WAITING',
  Cancelled: 'CANCELLED'
} as const;

export type RegistrationStatus = typeof RegistrationStatus[keyof typeof RegistrationStatus];
/** One language’s text of a page. All three empty removes the translation (not Swedish). */
export type SaveInformationPageTextInput = {
  id: string;
  version: number;
  language: ContentLanguage;
  title: string;
  summary: string;
  body: string;
};

/** A weekly series ("Lägg till en serie"): one session per chosen weekday from firstDate, for `weeks` weeks or to lastDate, at the same Stockholm time. */
export type SessionSeriesInput = {
  offeringId: string;
  /** YYYY-MM-DD. */
  firstDate: string;
  /** HH:MM in Stockholm. */
  startTime: string;
  /** HH:MM in Stockholm, after startTime. */
  endTime: string;
  /** ISO weekdays, 1 Monday … 7 Sunday. */
  weekdays: Array<number>;
  weeks?: number | null | undefined;
  /** YYYY-MM-DD, instead of weeks. */
  lastDate?: string | null | undefined;
  /** Leave out Swedish public holidays and the midsummer, Christmas and New Year's eves. */
  skipHolidays?: boolean | null | undefined;
  /** Places, 1..1000; empty for drop-in. */
  capacity?: number | null | undefined;
  room?: string | null | undefined;
  /** When not the offering's venue. */
  venueId?: string | null | undefined;
  /** When not the offering's price. */
  price?: number | null | undefined;
  /** When not the offering's language. */
  language?: string | null | undefined;
};

export type UnpublishInformationPageInput = {
  id: string;
  version: number;
};

/** Leave out facts or texts to keep them; texts: only the languages sent change. */
export type UpdateOfferingInput = {
  id: string;
  version: number;
  facts?: OfferingFactsInput | null | undefined;
  texts?: Array<OfferingTextInput> | null | undefined;
};

/** A session's day and times (Stockholm), places, room and price. Places never below the number registered. */
export type UpdateSessionInput = {
  id: string;
  version: number;
  /** YYYY-MM-DD. */
  day: string;
  startTime: string;
  endTime: string;
  /** Empty for drop-in (only when nobody is registered). */
  capacity?: number | null | undefined;
  room?: string | null | undefined;
  /** Empty: the offering's price. */
  price?: number | null | undefined;
};

/** Leave out facts or texts to keep them; texts: only the languages sent change. */
export type UpdateVenueInput = {
  id: string;
  version: number;
  facts?: VenueFactsInput | null | undefined;
  texts?: Array<VenueTextInput> | null | undefined;
};

export type VenueFactsInput = {
  kind: VenueKind;
  name: string;
  streetAddress: string;
  /** Five digits, "126 49". */
  postalCode: string;
  city: string;
  district: string;
  area: string;
  phone?: string | null | undefined;
  email?: string | null | undefined;
  stepFree: boolean;
  hearingLoop: boolean;
  accessibleToilet: boolean;
};

/** What to narrow the list of meeting places by; all optional, together they all apply. */
export type VenueFilter = {
  /** The district ("stadsdelsområde"). */
  district?: string | null | undefined;
  /** The neighbourhood ("stadsdel"). */
  area?: string | null | undefined;
  /** Only this kind of place. */
  kind?: VenueKind | null | undefined;
  /** Only places with step-free access. */
  stepFree?: boolean | null | undefined;
  /** Only places with a hearing loop. */
  hearingLoop?: boolean | null | undefined;
  /** Only places with an adapted toilet. */
  accessibleToilet?: boolean | null | undefined;
  /** Words in the name, address or neighbourhood. */
  search?: string | null | undefined;
};

/** A meeting place open to all over 65, an activity centre, or a day-activity place (needs a decision). */
export const VenueKind = {
  MeetingPlace: 'MEETING_PLACE',
  ActivityCentre: 'ACTIVITY_CENTRE',
  DayActivity: 'DAY_ACTIVITY'
} as const;

export type VenueKind = typeof VenueKind[keyof typeof VenueKind];
/** A venue's texts in one language. A language other than Swedish sent with every field empty removes that translation. */
export type VenueTextInput = {
  language: ContentLanguage;
  description: string;
  openingHours: string;
  holidayHours: string;
  directions: string;
  accessibility: string;
};

export type VersionedIdInput = {
  id: string;
  version: number;
};

export type CitizenOfferingSessionsQueryVariables = Exact<{
  filter?: OfferingSessionFilter | null | undefined;
  language?: ContentLanguage | null | undefined;
  offset: number;
  limit: number;
}>;


export type CitizenOfferingSessionsQuery = { offeringSessions: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, day: string, startTime: string, endTime: string, room: string | null, capacity: number | null, placesLeft: number | null, waitingCount: number, cancelled: boolean, price: number, language: string, offering: { id: string, kind: OfferingKind, audience: OfferingAudience, title: { text: string, language: ContentLanguage, translated: boolean }, summary: { text: string, language: ContentLanguage, translated: boolean } }, venue: { id: string, name: string, area: string, stepFree: boolean, hearingLoop: boolean, accessibleToilet: boolean } }> } };

export type CitizenFindAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type CitizenFindAreasQuery = { venues: { nodes: Array<{ id: string, area: string }> } };

export type CitizenSessionSummaryFragment = { id: string, day: string, startTime: string, endTime: string, room: string | null, capacity: number | null, placesLeft: number | null, waitingCount: number, cancelled: boolean, price: number, language: string, offering: { id: string, kind: OfferingKind, audience: OfferingAudience, title: { text: string, language: ContentLanguage, translated: boolean }, summary: { text: string, language: ContentLanguage, translated: boolean } }, venue: { id: string, name: string, area: string, stepFree: boolean, hearingLoop: boolean, accessibleToilet: boolean } };

export type CitizenLocalizedTextFragment = { text: string, language: ContentLanguage, translated: boolean };

export type CitizenInformationTextFragment = { text: string, language: ContentLanguage, translated: boolean };

export type CitizenInformationPagesQueryVariables = Exact<{
  language?: ContentLanguage | null | undefined;
  limit: number;
}>;


export type CitizenInformationPagesQuery = { informationPages: { totalCount: number, nodes: Array<{ id: string, slug: string, title: { text: string, language: ContentLanguage, translated: boolean }, summary: { text: string, language: ContentLanguage, translated: boolean } }> } };

export type CitizenInformationPageQueryVariables = Exact<{
  slug: string;
  language?: ContentLanguage | null | undefined;
}>;


export type CitizenInformationPageQuery = { informationPage: { id: string, slug: string, isPublished: boolean, title: { text: string, language: ContentLanguage, translated: boolean }, summary: { text: string, language: ContentLanguage, translated: boolean }, body: { text: string, language: ContentLanguage, translated: boolean } } | null };

type RegistrationMutationErrors_ConflictError_Fragment = { __typename: 'ConflictError', currentVersion: number, message: string };

type RegistrationMutationErrors_DelegationError_Fragment = { __typename: 'DelegationError', message: string };

type RegistrationMutationErrors_NotFoundError_Fragment = { __typename: 'NotFoundError', message: string };

type RegistrationMutationErrors_RateLimitError_Fragment = { __typename: 'RateLimitError', message: string };

type RegistrationMutationErrors_ValidationError_Fragment = { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> };

type RegistrationMutationErrors_CapacityBelowRegisteredError_Fragment = { __typename: 'CapacityBelowRegisteredError', message: string };

type RegistrationMutationErrors_RegistrationClosedError_Fragment = { __typename: 'RegistrationClosedError', reason: RegistrationClosedReason, message: string };

type RegistrationMutationErrors_BookingRefusedError_Fragment = { __typename: 'BookingRefusedError', message: string };

type RegistrationMutationErrors_CohortAlreadyFixedError_Fragment = { __typename: 'CohortAlreadyFixedError', message: string };

type RegistrationMutationErrors_ConsentRequiredError_Fragment = { __typename: 'ConsentRequiredError', message: string };

type RegistrationMutationErrors_LetterBatchRunningError_Fragment = { __typename: 'LetterBatchRunningError', message: string };

type RegistrationMutationErrors_SlotTakenError_Fragment = { __typename: 'SlotTakenError', message: string };

export type RegistrationMutationErrorsFragment =
  | RegistrationMutationErrors_ConflictError_Fragment
  | RegistrationMutationErrors_DelegationError_Fragment
  | RegistrationMutationErrors_NotFoundError_Fragment
  | RegistrationMutationErrors_RateLimitError_Fragment
  | RegistrationMutationErrors_ValidationError_Fragment
  | RegistrationMutationErrors_CapacityBelowRegisteredError_Fragment
  | RegistrationMutationErrors_RegistrationClosedError_Fragment
  | RegistrationMutationErrors_BookingRefusedError_Fragment
  | RegistrationMutationErrors_CohortAlreadyFixedError_Fragment
  | RegistrationMutationErrors_ConsentRequiredError_Fragment
  | RegistrationMutationErrors_LetterBatchRunningError_Fragment
  | RegistrationMutationErrors_SlotTakenError_Fragment
;

export type CitizenRegistrationItemFragment = { id: string, status: RegistrationStatus, waitingPosition: number | null, name: string, noticeBy: RegistrationNoticeChannel, signedIn: boolean, session: { id: string, title: string, startsAt: string, endsAt: string, venueName: string, room: string | null, cancelled: boolean, cancelReason: string | null } };

export type CitizenRegistrationAvailabilityQueryVariables = Exact<{
  sessionId: string;
}>;


export type CitizenRegistrationAvailabilityQuery = { registrationAvailability: { sessionId: string, open: boolean, closedReason: RegistrationClosedReason | null, message: string | null, capacity: number | null, placesLeft: number, waitingCount: number, myRegistration: { id: string, status: RegistrationStatus, waitingPosition: number | null, name: string, noticeBy: RegistrationNoticeChannel, signedIn: boolean, session: { id: string, title: string, startsAt: string, endsAt: string, venueName: string, room: string | null, cancelled: boolean, cancelReason: string | null } } | null } | null };

export type CitizenRegisterForSessionMutationVariables = Exact<{
  sessionId: string;
  input: RegisterForSessionInput;
}>;


export type CitizenRegisterForSessionMutation = { registerForSession:
    | { __typename: 'RegistrationClosedError', reason: RegistrationClosedReason, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRegisterForSessionSuccess', data: { cancelCode: string | null, registration: { id: string, status: RegistrationStatus, waitingPosition: number | null, name: string, noticeBy: RegistrationNoticeChannel, signedIn: boolean, session: { id: string, title: string, startsAt: string, endsAt: string, venueName: string, room: string | null, cancelled: boolean, cancelReason: string | null } } } }
   };

export type CitizenCancelRegistrationMutationVariables = Exact<{
  registrationId: string;
}>;


export type CitizenCancelRegistrationMutation = { cancelRegistration:
    | { __typename: 'RegistrationClosedError', reason: RegistrationClosedReason, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCancelRegistrationSuccess', data: { movedUp: boolean, registration: { id: string, status: RegistrationStatus, waitingPosition: number | null, name: string, noticeBy: RegistrationNoticeChannel, signedIn: boolean, session: { id: string, title: string, startsAt: string, endsAt: string, venueName: string, room: string | null, cancelled: boolean, cancelReason: string | null } } } }
   };

export type CitizenCancelRegistrationByCodeMutationVariables = Exact<{
  code: string;
}>;


export type CitizenCancelRegistrationByCodeMutation = { cancelRegistrationByCode:
    | { __typename: 'RegistrationClosedError', reason: RegistrationClosedReason, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCancelRegistrationByCodeSuccess', data: { movedUp: boolean, registration: { id: string, status: RegistrationStatus, waitingPosition: number | null, name: string, noticeBy: RegistrationNoticeChannel, signedIn: boolean, session: { id: string, title: string, startsAt: string, endsAt: string, venueName: string, room: string | null, cancelled: boolean, cancelReason: string | null } } } }
   };

export type CitizenMyRegistrationsQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type CitizenMyRegistrationsQuery = { myRegistrations: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, status: RegistrationStatus, waitingPosition: number | null, name: string, noticeBy: RegistrationNoticeChannel, signedIn: boolean, session: { id: string, title: string, startsAt: string, endsAt: string, venueName: string, room: string | null, cancelled: boolean, cancelReason: string | null } }> } };

export type CitizenOfferingSessionQueryVariables = Exact<{
  id: string;
  language?: ContentLanguage | null | undefined;
}>;


export type CitizenOfferingSessionQuery = { offeringSession: { startsAt: string, endsAt: string, calendarUrl: string, id: string, day: string, startTime: string, endTime: string, room: string | null, capacity: number | null, placesLeft: number | null, waitingCount: number, cancelled: boolean, price: number, language: string, offering: { id: string, registrationRequired: boolean, kind: OfferingKind, audience: OfferingAudience, description: { text: string, language: ContentLanguage, translated: boolean }, title: { text: string, language: ContentLanguage, translated: boolean }, summary: { text: string, language: ContentLanguage, translated: boolean } }, venue: { id: string, streetAddress: string, postalCode: string, city: string, phone: string | null, name: string, area: string, stepFree: boolean, hearingLoop: boolean, accessibleToilet: boolean, accessibility: { text: string, language: ContentLanguage, translated: boolean }, directions: { text: string, language: ContentLanguage, translated: boolean } } } | null };

export type VenueCardFragment = { id: string, name: string, streetAddress: string, postalCode: string, area: string, stepFree: boolean, hearingLoop: boolean, accessibleToilet: boolean, openingHours: { text: string, language: ContentLanguage, translated: boolean }, description: { text: string, language: ContentLanguage, translated: boolean } };

export type CitizenVenueQueryVariables = Exact<{
  id: string;
  language?: ContentLanguage | null | undefined;
  offset: number;
  limit: number;
}>;


export type CitizenVenueQuery = { venue: { id: string, name: string, streetAddress: string, postalCode: string, city: string, area: string, phone: string | null, email: string | null, stepFree: boolean, hearingLoop: boolean, accessibleToilet: boolean, calendarUrl: string, description: { text: string, language: ContentLanguage, translated: boolean }, openingHours: { text: string, language: ContentLanguage, translated: boolean }, holidayHours: { text: string, language: ContentLanguage, translated: boolean }, accessibility: { text: string, language: ContentLanguage, translated: boolean }, directions: { text: string, language: ContentLanguage, translated: boolean }, upcomingSessions: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, day: string, startTime: string, endTime: string, room: string | null, capacity: number | null, placesLeft: number | null, waitingCount: number, cancelled: boolean, price: number, language: string, offering: { id: string, kind: OfferingKind, audience: OfferingAudience, title: { text: string, language: ContentLanguage, translated: boolean }, summary: { text: string, language: ContentLanguage, translated: boolean } }, venue: { id: string, name: string, area: string, stepFree: boolean, hearingLoop: boolean, accessibleToilet: boolean } }> } } | null };

export type VenuesQueryVariables = Exact<{
  offset: number;
  limit: number;
  filter?: VenueFilter | null | undefined;
  language?: ContentLanguage | null | undefined;
}>;


export type VenuesQuery = { venues: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, name: string, streetAddress: string, postalCode: string, area: string, stepFree: boolean, hearingLoop: boolean, accessibleToilet: boolean, openingHours: { text: string, language: ContentLanguage, translated: boolean }, description: { text: string, language: ContentLanguage, translated: boolean } }> } };

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

export type StaffAttendanceRegistrationFragment = { id: string, status: RegistrationStatus, waitingPosition: number | null, name: string, phone: string | null, email: string | null, postalAddress: string | null, noticeBy: RegistrationNoticeChannel, signedIn: boolean, attended: boolean | null, gender: AttendanceGender, promotedAt: string | null };

export type StaffSessionAttendanceFieldsFragment = { version: number, waitingCount: number, walkInWomen: number, walkInMen: number, walkInUnknown: number, session: { id: string, title: string, startsAt: string, endsAt: string, venueName: string, room: string | null, cancelled: boolean, capacity: number | null, registeredCount: number }, noticesToSend: Array<{ id: string, status: RegistrationStatus, waitingPosition: number | null, name: string, phone: string | null, email: string | null, postalAddress: string | null, noticeBy: RegistrationNoticeChannel, signedIn: boolean, attended: boolean | null, gender: AttendanceGender, promotedAt: string | null }> };

export type StaffSessionAttendanceQueryVariables = Exact<{
  sessionId: string;
  offset: number;
  limit: number;
}>;


export type StaffSessionAttendanceQuery = { sessionAttendance: { version: number, waitingCount: number, walkInWomen: number, walkInMen: number, walkInUnknown: number, session: { id: string, title: string, startsAt: string, endsAt: string, venueName: string, room: string | null, cancelled: boolean, capacity: number | null, registeredCount: number }, noticesToSend: Array<{ id: string, status: RegistrationStatus, waitingPosition: number | null, name: string, phone: string | null, email: string | null, postalAddress: string | null, noticeBy: RegistrationNoticeChannel, signedIn: boolean, attended: boolean | null, gender: AttendanceGender, promotedAt: string | null }> }, sessionRegistrations: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, status: RegistrationStatus, waitingPosition: number | null, name: string, phone: string | null, email: string | null, postalAddress: string | null, noticeBy: RegistrationNoticeChannel, signedIn: boolean, attended: boolean | null, gender: AttendanceGender, promotedAt: string | null }> } };

export type StaffRecordAttendanceMutationVariables = Exact<{
  registrationId: string;
  attended: boolean;
  gender?: AttendanceGender | null | undefined;
}>;


export type StaffRecordAttendanceMutation = { recordAttendance:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRecordAttendanceSuccess', data: { id: string, status: RegistrationStatus, waitingPosition: number | null, name: string, phone: string | null, email: string | null, postalAddress: string | null, noticeBy: RegistrationNoticeChannel, signedIn: boolean, attended: boolean | null, gender: AttendanceGender, promotedAt: string | null } }
   };

export type StaffRecordWalkInsMutationVariables = Exact<{
  sessionId: string;
  women: number;
  men: number;
  unknown: number;
  version: number;
}>;


export type StaffRecordWalkInsMutation = { recordWalkIns:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRecordWalkInsSuccess', data: { version: number, waitingCount: number, walkInWomen: number, walkInMen: number, walkInUnknown: number, session: { id: string, title: string, startsAt: string, endsAt: string, venueName: string, room: string | null, cancelled: boolean, capacity: number | null, registeredCount: number }, noticesToSend: Array<{ id: string, status: RegistrationStatus, waitingPosition: number | null, name: string, phone: string | null, email: string | null, postalAddress: string | null, noticeBy: RegistrationNoticeChannel, signedIn: boolean, attended: boolean | null, gender: AttendanceGender, promotedAt: string | null }> } }
   };

export type StaffGenderSplitFragment = { women: number, men: number, unknown: number, total: number };

export type StaffAttendanceReportQueryVariables = Exact<{
  month: string;
}>;


export type StaffAttendanceReportQuery = { attendanceReport: { month: string, sessions: number, registered: number, attended: { women: number, men: number, unknown: number, total: number }, walkIns: { women: number, men: number, unknown: number, total: number }, rows: Array<{ sessionId: string, title: string, startsAt: string, registered: number, attended: { women: number, men: number, unknown: number, total: number }, walkIns: { women: number, men: number, unknown: number, total: number } }> } };

export type StaffEditorOfferingsQueryVariables = Exact<{
  filter?: EditorOfferingFilter | null | undefined;
  offset: number;
  limit: number;
}>;


export type StaffEditorOfferingsQuery = { editorOfferings: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, title: string, kind: OfferingKind, status: ContentStatus, visibleNow: boolean, publishFrom: string | null, publishUntil: string | null, writtenLanguages: Array<ContentLanguage>, updatedAt: string, venue: { id: string, name: string } }> } };

export type StaffEditorVenuesQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type StaffEditorVenuesQuery = { editorVenues: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, name: string, area: string, status: ContentStatus, visibleNow: boolean, writtenLanguages: Array<ContentLanguage> }> } };

export type StaffEditorOfferingFragment = { id: string, version: number, title: string, kind: OfferingKind, audience: OfferingAudience, price: number, language: string, registrationRequired: boolean, organiserUnit: string, status: ContentStatus, visibleNow: boolean, publishFrom: string | null, publishUntil: string | null, writtenLanguages: Array<ContentLanguage>, venue: { id: string, name: string }, texts: Array<{ language: ContentLanguage, title: string, summary: string, description: string }> };

export type StaffEditorSessionFragment = { id: string, version: number, day: string, startTime: string, endTime: string, capacity: number | null, registeredCount: number, waitingCount: number, room: string | null, price: number | null, cancelledAt: string | null, cancelReason: string | null };

export type StaffEditorOfferingQueryVariables = Exact<{
  id: string;
  sessionOffset: number;
  historyOffset: number;
}>;


export type StaffEditorOfferingQuery = { editorOffering: { id: string, version: number, title: string, kind: OfferingKind, audience: OfferingAudience, price: number, language: string, registrationRequired: boolean, organiserUnit: string, status: ContentStatus, visibleNow: boolean, publishFrom: string | null, publishUntil: string | null, writtenLanguages: Array<ContentLanguage>, sessions: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, version: number, day: string, startTime: string, endTime: string, capacity: number | null, registeredCount: number, waitingCount: number, room: string | null, price: number | null, cancelledAt: string | null, cancelReason: string | null }> }, history: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, action: string, contentKind: string, fields: Array<string>, changedAt: string, changedBy: { id: string, name: string } }> }, venue: { id: string, name: string }, texts: Array<{ language: ContentLanguage, title: string, summary: string, description: string }> } | null };

export type StaffEditorVenueChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffEditorVenueChoicesQuery = { editorVenues: { nodes: Array<{ id: string, name: string }> } };

export type StaffCreateOfferingMutationVariables = Exact<{
  input: CreateOfferingInput;
}>;


export type StaffCreateOfferingMutation = { createOffering:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCreateOfferingSuccess', data: { id: string } }
   };

export type StaffUpdateOfferingMutationVariables = Exact<{
  input: UpdateOfferingInput;
}>;


export type StaffUpdateOfferingMutation = { updateOffering:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationUpdateOfferingSuccess', data: { id: string, version: number, title: string, kind: OfferingKind, audience: OfferingAudience, price: number, language: string, registrationRequired: boolean, organiserUnit: string, status: ContentStatus, visibleNow: boolean, publishFrom: string | null, publishUntil: string | null, writtenLanguages: Array<ContentLanguage>, venue: { id: string, name: string }, texts: Array<{ language: ContentLanguage, title: string, summary: string, description: string }> } }
   };

export type StaffPublishOfferingMutationVariables = Exact<{
  input: PublishContentInput;
}>;


export type StaffPublishOfferingMutation = { publishOffering:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationPublishOfferingSuccess', data: { id: string, version: number, title: string, kind: OfferingKind, audience: OfferingAudience, price: number, language: string, registrationRequired: boolean, organiserUnit: string, status: ContentStatus, visibleNow: boolean, publishFrom: string | null, publishUntil: string | null, writtenLanguages: Array<ContentLanguage>, venue: { id: string, name: string }, texts: Array<{ language: ContentLanguage, title: string, summary: string, description: string }> } }
   };

export type StaffUnpublishOfferingMutationVariables = Exact<{
  input: VersionedIdInput;
}>;


export type StaffUnpublishOfferingMutation = { unpublishOffering:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationUnpublishOfferingSuccess', data: { id: string, version: number, title: string, kind: OfferingKind, audience: OfferingAudience, price: number, language: string, registrationRequired: boolean, organiserUnit: string, status: ContentStatus, visibleNow: boolean, publishFrom: string | null, publishUntil: string | null, writtenLanguages: Array<ContentLanguage>, venue: { id: string, name: string }, texts: Array<{ language: ContentLanguage, title: string, summary: string, description: string }> } }
   };

export type StaffOfferingPreviewQueryVariables = Exact<{
  id: string;
  language?: ContentLanguage | null | undefined;
}>;


export type StaffOfferingPreviewQuery = { offeringPreview: { id: string, language: ContentLanguage, kind: OfferingKind, price: number, heldInLanguage: string, registrationRequired: boolean, title: { text: string, language: ContentLanguage, translated: boolean }, summary: { text: string, language: ContentLanguage, translated: boolean }, description: { text: string, language: ContentLanguage, translated: boolean }, venue: { id: string, name: string, streetAddress: string, area: string }, sessions: { totalCount: number, nodes: Array<{ id: string, day: string, startTime: string, endTime: string, capacity: number | null, registeredCount: number, room: string | null }> } } | null };

export type StaffCreateSessionSeriesMutationVariables = Exact<{
  input: SessionSeriesInput;
}>;


export type StaffCreateSessionSeriesMutation = { createSessionSeries:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCreateSessionSeriesSuccess', data: { id: string } }
   };

export type StaffUpdateSessionMutationVariables = Exact<{
  input: UpdateSessionInput;
}>;


export type StaffUpdateSessionMutation = { updateSession:
    | { __typename: 'CapacityBelowRegisteredError', registeredCount: number, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationUpdateSessionSuccess', data: { id: string, version: number, day: string, startTime: string, endTime: string, capacity: number | null, registeredCount: number, waitingCount: number, room: string | null, price: number | null, cancelledAt: string | null, cancelReason: string | null } }
   };

export type StaffCancelSessionMutationVariables = Exact<{
  input: CancelSessionInput;
}>;


export type StaffCancelSessionMutation = { cancelSession:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCancelSessionSuccess', data: { id: string, version: number, day: string, startTime: string, endTime: string, capacity: number | null, registeredCount: number, waitingCount: number, room: string | null, price: number | null, cancelledAt: string | null, cancelReason: string | null } }
   };

export type StaffEditorVenueFragment = { id: string, version: number, kind: VenueKind, name: string, streetAddress: string, postalCode: string, city: string, district: string, area: string, phone: string | null, email: string | null, stepFree: boolean, hearingLoop: boolean, accessibleToilet: boolean, status: ContentStatus, visibleNow: boolean, publishFrom: string | null, publishUntil: string | null, writtenLanguages: Array<ContentLanguage>, texts: Array<{ language: ContentLanguage, description: string, openingHours: string, holidayHours: string, directions: string, accessibility: string }> };

export type StaffEditorVenueQueryVariables = Exact<{
  id: string;
}>;


export type StaffEditorVenueQuery = { editorVenue: { id: string, version: number, kind: VenueKind, name: string, streetAddress: string, postalCode: string, city: string, district: string, area: string, phone: string | null, email: string | null, stepFree: boolean, hearingLoop: boolean, accessibleToilet: boolean, status: ContentStatus, visibleNow: boolean, publishFrom: string | null, publishUntil: string | null, writtenLanguages: Array<ContentLanguage>, history: { nodes: Array<{ id: string, action: string, fields: Array<string>, changedAt: string, changedBy: { id: string, name: string } }> }, texts: Array<{ language: ContentLanguage, description: string, openingHours: string, holidayHours: string, directions: string, accessibility: string }> } | null };

export type StaffUpdateVenueMutationVariables = Exact<{
  input: UpdateVenueInput;
}>;


export type StaffUpdateVenueMutation = { updateVenue:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationUpdateVenueSuccess', data: { id: string, version: number, kind: VenueKind, name: string, streetAddress: string, postalCode: string, city: string, district: string, area: string, phone: string | null, email: string | null, stepFree: boolean, hearingLoop: boolean, accessibleToilet: boolean, status: ContentStatus, visibleNow: boolean, publishFrom: string | null, publishUntil: string | null, writtenLanguages: Array<ContentLanguage>, texts: Array<{ language: ContentLanguage, description: string, openingHours: string, holidayHours: string, directions: string, accessibility: string }> } }
   };

export type StaffPublishVenueMutationVariables = Exact<{
  input: PublishContentInput;
}>;


export type StaffPublishVenueMutation = { publishVenue:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationPublishVenueSuccess', data: { id: string, version: number, kind: VenueKind, name: string, streetAddress: string, postalCode: string, city: string, district: string, area: string, phone: string | null, email: string | null, stepFree: boolean, hearingLoop: boolean, accessibleToilet: boolean, status: ContentStatus, visibleNow: boolean, publishFrom: string | null, publishUntil: string | null, writtenLanguages: Array<ContentLanguage>, texts: Array<{ language: ContentLanguage, description: string, openingHours: string, holidayHours: string, directions: string, accessibility: string }> } }
   };

export type StaffUnpublishVenueMutationVariables = Exact<{
  input: VersionedIdInput;
}>;


export type StaffUnpublishVenueMutation = { unpublishVenue:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationUnpublishVenueSuccess', data: { id: string, version: number, kind: VenueKind, name: string, streetAddress: string, postalCode: string, city: string, district: string, area: string, phone: string | null, email: string | null, stepFree: boolean, hearingLoop: boolean, accessibleToilet: boolean, status: ContentStatus, visibleNow: boolean, publishFrom: string | null, publishUntil: string | null, writtenLanguages: Array<ContentLanguage>, texts: Array<{ language: ContentLanguage, description: string, openingHours: string, holidayHours: string, directions: string, accessibility: string }> } }
   };

export type StaffCreateVenueMutationVariables = Exact<{
  input: CreateVenueInput;
}>;


export type StaffCreateVenueMutation = { createVenue:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCreateVenueSuccess', data: { id: string } }
   };

export type StaffEditableInformationPageFragment = { id: string, slug: string, topic: InformationTopic | null, position: number, status: InformationPageStatus, publishFrom: string | null, publishUntil: string | null, version: number, updatedAt: string, texts: Array<{ language: ContentLanguage, title: string, summary: string, body: string }> };

export type StaffInformationPagesQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type StaffInformationPagesQuery = { editableInformationPages: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, slug: string, status: InformationPageStatus, publishFrom: string | null, publishUntil: string | null, updatedAt: string, texts: Array<{ language: ContentLanguage, title: string }> }> } };

export type StaffInformationPageQueryVariables = Exact<{
  id: string;
}>;


export type StaffInformationPageQuery = { editableInformationPage: { id: string, slug: string, topic: InformationTopic | null, position: number, status: InformationPageStatus, publishFrom: string | null, publishUntil: string | null, version: number, updatedAt: string, history: { totalCount: number, nodes: Array<{ id: string, action: string, fields: Array<string>, changedAt: string, changedBy: { id: string, name: string } }> }, texts: Array<{ language: ContentLanguage, title: string, summary: string, body: string }> } | null };

export type StaffCreateInformationPageMutationVariables = Exact<{
  input: CreateInformationPageInput;
}>;


export type StaffCreateInformationPageMutation = { createInformationPage:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCreateInformationPageSuccess', data: { id: string } }
   };

export type StaffSaveInformationPageTextMutationVariables = Exact<{
  input: SaveInformationPageTextInput;
}>;


export type StaffSaveInformationPageTextMutation = { saveInformationPageText:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationSaveInformationPageTextSuccess', data: { id: string, slug: string, topic: InformationTopic | null, position: number, status: InformationPageStatus, publishFrom: string | null, publishUntil: string | null, version: number, updatedAt: string, texts: Array<{ language: ContentLanguage, title: string, summary: string, body: string }> } }
   };

export type StaffPublishInformationPageMutationVariables = Exact<{
  input: PublishInformationPageInput;
}>;


export type StaffPublishInformationPageMutation = { publishInformationPage:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationPublishInformationPageSuccess', data: { id: string, slug: string, topic: InformationTopic | null, position: number, status: InformationPageStatus, publishFrom: string | null, publishUntil: string | null, version: number, updatedAt: string, texts: Array<{ language: ContentLanguage, title: string, summary: string, body: string }> } }
   };

export type StaffUnpublishInformationPageMutationVariables = Exact<{
  input: UnpublishInformationPageInput;
}>;


export type StaffUnpublishInformationPageMutation = { unpublishInformationPage:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationUnpublishInformationPageSuccess', data: { id: string, slug: string, topic: InformationTopic | null, position: number, status: InformationPageStatus, publishFrom: string | null, publishUntil: string | null, version: number, updatedAt: string, texts: Array<{ language: ContentLanguage, title: string, summary: string, body: string }> } }
   };

export type StaffProgrammeRunFieldsFragment = { id: string, district: string, month: string, layout: ProgrammeLayout, language: ContentLanguage, status: ProgrammeRunStatus, progress: number, sessionCount: number, requestedAt: string, requestedByYou: boolean, fileName: string | null, fileUrl: string | null };

export type StaffProgrammeDistrictsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffProgrammeDistrictsQuery = { programmeDistricts: Array<string> };

export type StaffProgrammeRunsQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type StaffProgrammeRunsQuery = { programmeRuns: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, district: string, month: string, layout: ProgrammeLayout, language: ContentLanguage, status: ProgrammeRunStatus, progress: number, sessionCount: number, requestedAt: string, requestedByYou: boolean, fileName: string | null, fileUrl: string | null }> } };

export type StaffProgrammeRunQueryVariables = Exact<{
  id: string;
}>;


export type StaffProgrammeRunQuery = { programmeRun: { id: string, district: string, month: string, layout: ProgrammeLayout, language: ContentLanguage, status: ProgrammeRunStatus, progress: number, sessionCount: number, requestedAt: string, requestedByYou: boolean, fileName: string | null, fileUrl: string | null } | null };

export type StaffRequestProgrammeMutationVariables = Exact<{
  district: string;
  month: string;
  layout: ProgrammeLayout;
  language?: ContentLanguage | null | undefined;
}>;


export type StaffRequestProgrammeMutation = { requestProgramme:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRequestProgrammeSuccess', data: { id: string, district: string, month: string, layout: ProgrammeLayout, language: ContentLanguage, status: ProgrammeRunStatus, progress: number, sessionCount: number, requestedAt: string, requestedByYou: boolean, fileName: string | null, fileUrl: string | null } }
   };

export const CitizenLocalizedTextFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenLocalizedText"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"translated"}}]}}]} as unknown as DocumentNode<CitizenLocalizedTextFragment, unknown>;
export const CitizenSessionSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenSessionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitizenLocalizedText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitizenLocalizedText"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"stepFree"}},{"kind":"Field","name":{"kind":"Name","value":"hearingLoop"}},{"kind":"Field","name":{"kind":"Name","value":"accessibleToilet"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenLocalizedText"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"translated"}}]}}]} as unknown as DocumentNode<CitizenSessionSummaryFragment, unknown>;
export const CitizenInformationTextFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenInformationText"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"translated"}}]}}]} as unknown as DocumentNode<CitizenInformationTextFragment, unknown>;
export const MutationErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<MutationErrorsFragment, unknown>;
export const RegistrationMutationErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationMutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrors"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationClosedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<RegistrationMutationErrorsFragment, unknown>;
export const CitizenRegistrationItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenRegistrationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"noticeBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedIn"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]}}]} as unknown as DocumentNode<CitizenRegistrationItemFragment, unknown>;
export const VenueCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VenueCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Venue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"streetAddress"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"stepFree"}},{"kind":"Field","name":{"kind":"Name","value":"hearingLoop"}},{"kind":"Field","name":{"kind":"Name","value":"accessibleToilet"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitizenLocalizedText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitizenLocalizedText"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenLocalizedText"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"translated"}}]}}]} as unknown as DocumentNode<VenueCardFragment, unknown>;
export const StaffAttendanceRegistrationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAttendanceRegistration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"}},{"kind":"Field","name":{"kind":"Name","value":"noticeBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedIn"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"promotedAt"}}]}}]} as unknown as DocumentNode<StaffAttendanceRegistrationFragment, unknown>;
export const StaffSessionAttendanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffSessionAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"walkInWomen"}},{"kind":"Field","name":{"kind":"Name","value":"walkInMen"}},{"kind":"Field","name":{"kind":"Name","value":"walkInUnknown"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noticesToSend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffAttendanceRegistration"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAttendanceRegistration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"}},{"kind":"Field","name":{"kind":"Name","value":"noticeBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedIn"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"promotedAt"}}]}}]} as unknown as DocumentNode<StaffSessionAttendanceFieldsFragment, unknown>;
export const StaffGenderSplitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffGenderSplit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenderSplit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"men"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<StaffGenderSplitFragment, unknown>;
export const StaffEditorOfferingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffEditorOffering"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EditorOffering"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"organiserUnit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibleNow"}},{"kind":"Field","name":{"kind":"Name","value":"publishFrom"}},{"kind":"Field","name":{"kind":"Name","value":"publishUntil"}},{"kind":"Field","name":{"kind":"Name","value":"writtenLanguages"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<StaffEditorOfferingFragment, unknown>;
export const StaffEditorSessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffEditorSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EditorSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]} as unknown as DocumentNode<StaffEditorSessionFragment, unknown>;
export const StaffEditorVenueFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffEditorVenue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EditorVenue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"streetAddress"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"stepFree"}},{"kind":"Field","name":{"kind":"Name","value":"hearingLoop"}},{"kind":"Field","name":{"kind":"Name","value":"accessibleToilet"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibleNow"}},{"kind":"Field","name":{"kind":"Name","value":"publishFrom"}},{"kind":"Field","name":{"kind":"Name","value":"publishUntil"}},{"kind":"Field","name":{"kind":"Name","value":"writtenLanguages"}},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"holidayHours"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}}]}}]}}]} as unknown as DocumentNode<StaffEditorVenueFragment, unknown>;
export const StaffEditableInformationPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffEditableInformationPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EditableInformationPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishFrom"}},{"kind":"Field","name":{"kind":"Name","value":"publishUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<StaffEditableInformationPageFragment, unknown>;
export const StaffProgrammeRunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffProgrammeRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"layout"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByYou"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileUrl"}}]}}]} as unknown as DocumentNode<StaffProgrammeRunFieldsFragment, unknown>;
export const CitizenOfferingSessionsDocument = {"__meta__":{"hash":"sha256:a6421a0a021bb2276bc42f3d4cdd3782840055287565ca215dbe97a7fee8604f"}} as unknown as DocumentNode<CitizenOfferingSessionsQuery, CitizenOfferingSessionsQueryVariables>;
export const CitizenFindAreasDocument = {"__meta__":{"hash":"sha256:c9a56622be13ff4b11cb718ccce877217d60814afdb6dbde88675d97e2867292"}} as unknown as DocumentNode<CitizenFindAreasQuery, CitizenFindAreasQueryVariables>;
export const CitizenInformationPagesDocument = {"__meta__":{"hash":"sha256:41f5f4ed049d952b911b358224f5c590332ffa323f62019c39759dfededbf2f4"}} as unknown as DocumentNode<CitizenInformationPagesQuery, CitizenInformationPagesQueryVariables>;
export const CitizenInformationPageDocument = {"__meta__":{"hash":"sha256:d2a5cc4c0ef8d50234079cdea4910a7431822abfd4ece0b8c5fb98579f3c5772"}} as unknown as DocumentNode<CitizenInformationPageQuery, CitizenInformationPageQueryVariables>;
export const CitizenRegistrationAvailabilityDocument = {"__meta__":{"hash":"sha256:0b4362487917cc9514ecc2bec1ea31ae7b8182aaee8a7ca9fdb6dabfa0ada61e"}} as unknown as DocumentNode<CitizenRegistrationAvailabilityQuery, CitizenRegistrationAvailabilityQueryVariables>;
export const CitizenRegisterForSessionDocument = {"__meta__":{"hash":"sha256:9acbee68b9866508f0751cb397f77896091265f84d05a81273fe219597642562"}} as unknown as DocumentNode<CitizenRegisterForSessionMutation, CitizenRegisterForSessionMutationVariables>;
export const CitizenCancelRegistrationDocument = {"__meta__":{"hash":"sha256:3cdf0da75f52397359205c6298e59877fef3987c5985a109d8c5513afde29a34"}} as unknown as DocumentNode<CitizenCancelRegistrationMutation, CitizenCancelRegistrationMutationVariables>;
export const CitizenCancelRegistrationByCodeDocument = {"__meta__":{"hash":"sha256:6a9d0965efd14f593ba03268538b6ddd0b249601506cb855e6067769de6dd155"}} as unknown as DocumentNode<CitizenCancelRegistrationByCodeMutation, CitizenCancelRegistrationByCodeMutationVariables>;
export const CitizenMyRegistrationsDocument = {"__meta__":{"hash":"sha256:9755d056343ab28c3a8bca83b7aa6e3aa8f2e97f070e4ff4fbae8d995e096e32"}} as unknown as DocumentNode<CitizenMyRegistrationsQuery, CitizenMyRegistrationsQueryVariables>;
export const CitizenOfferingSessionDocument = {"__meta__":{"hash":"sha256:a7566fe79afb74525aec6b7de1915dee65fd7ddadfd7c1253cce25c7151b4abf"}} as unknown as DocumentNode<CitizenOfferingSessionQuery, CitizenOfferingSessionQueryVariables>;
export const CitizenVenueDocument = {"__meta__":{"hash":"sha256:18dbe10932d323a59f8fe402ab0dadacd26fe753f970f73d69f9f42115d26d55"}} as unknown as DocumentNode<CitizenVenueQuery, CitizenVenueQueryVariables>;
export const VenuesDocument = {"__meta__":{"hash":"sha256:d2f9312513c10bb533fd7c1a6b8570a9c5d456deb5082fb0c54fd522b4bcf599"}} as unknown as DocumentNode<VenuesQuery, VenuesQueryVariables>;
export const StaffSessionAttendanceDocument = {"__meta__":{"hash":"sha256:238f8902bccfd8248441603f01f6d1fad7f54f496244e6a0ac77e0b8a75ec1c8"}} as unknown as DocumentNode<StaffSessionAttendanceQuery, StaffSessionAttendanceQueryVariables>;
export const StaffRecordAttendanceDocument = {"__meta__":{"hash":"sha256:348350a4ec2b2328bd18b7ed623af2ccc096f9778f0de10a046ced1a36a5bdfa"}} as unknown as DocumentNode<StaffRecordAttendanceMutation, StaffRecordAttendanceMutationVariables>;
export const StaffRecordWalkInsDocument = {"__meta__":{"hash":"sha256:09dd43a4f47401ee15c7bc3e73fa344f4f48b4eea33a9f2429a03739f1a5f888"}} as unknown as DocumentNode<StaffRecordWalkInsMutation, StaffRecordWalkInsMutationVariables>;
export const StaffAttendanceReportDocument = {"__meta__":{"hash":"sha256:0cf3c52098af69b94b5bf297ade92266121db3f2eed0f783eab50c1f42b14f39"}} as unknown as DocumentNode<StaffAttendanceReportQuery, StaffAttendanceReportQueryVariables>;
export const StaffEditorOfferingsDocument = {"__meta__":{"hash":"sha256:0dce6bd8157e7170fb5dc83755bde467bf604f4a2811d9572ddf054d427541e1"}} as unknown as DocumentNode<StaffEditorOfferingsQuery, StaffEditorOfferingsQueryVariables>;
export const StaffEditorVenuesDocument = {"__meta__":{"hash":"sha256:b56e2350e5139986b10bb7179f0ffb9371bf6a5a12548a07a83bb39cc8b99a59"}} as unknown as DocumentNode<StaffEditorVenuesQuery, StaffEditorVenuesQueryVariables>;
export const StaffEditorOfferingDocument = {"__meta__":{"hash":"sha256:47db213ff1617cdf30180bb6f8f5e726470216f1244ed85bcac6132ab2d3912d"}} as unknown as DocumentNode<StaffEditorOfferingQuery, StaffEditorOfferingQueryVariables>;
export const StaffEditorVenueChoicesDocument = {"__meta__":{"hash":"sha256:955a604abdf914d512d114b4de19f44c89923e500e2a31fce7a0056b306de9b5"}} as unknown as DocumentNode<StaffEditorVenueChoicesQuery, StaffEditorVenueChoicesQueryVariables>;
export const StaffCreateOfferingDocument = {"__meta__":{"hash":"sha256:81f13ad287eba78217b9cf7446edd2abb829cb42b2326d093525101e004de58f"}} as unknown as DocumentNode<StaffCreateOfferingMutation, StaffCreateOfferingMutationVariables>;
export const StaffUpdateOfferingDocument = {"__meta__":{"hash":"sha256:a5359cf1537cc422ce6fb1ae73e69003a46bbe88040052a2371fbfade7f7322d"}} as unknown as DocumentNode<StaffUpdateOfferingMutation, StaffUpdateOfferingMutationVariables>;
export const StaffPublishOfferingDocument = {"__meta__":{"hash":"sha256:d84de62cc4a5dd12ee3d93d95da776d03fc76d62b580b30f3c25270ae541f451"}} as unknown as DocumentNode<StaffPublishOfferingMutation, StaffPublishOfferingMutationVariables>;
export const StaffUnpublishOfferingDocument = {"__meta__":{"hash":"sha256:1990d738f80b6a599537486ae98116cbd1bc61e229a30db29fe517822692e61a"}} as unknown as DocumentNode<StaffUnpublishOfferingMutation, StaffUnpublishOfferingMutationVariables>;
export const StaffOfferingPreviewDocument = {"__meta__":{"hash":"sha256:b3aea3bdcf014aaacf143b2c918150e4ebc0779bd75f2ed8f3c52d77457ce388"}} as unknown as DocumentNode<StaffOfferingPreviewQuery, StaffOfferingPreviewQueryVariables>;
export const StaffCreateSessionSeriesDocument = {"__meta__":{"hash":"sha256:83943c53b5282e01f792d6c8608b1187b2bbcc76e6b3208a2585cfdca1a27c63"}} as unknown as DocumentNode<StaffCreateSessionSeriesMutation, StaffCreateSessionSeriesMutationVariables>;
export const StaffUpdateSessionDocument = {"__meta__":{"hash":"sha256:a74de6afd9d151b6103d02a57177c15078f6810e57c84d336d5219241d030d54"}} as unknown as DocumentNode<StaffUpdateSessionMutation, StaffUpdateSessionMutationVariables>;
export const StaffCancelSessionDocument = {"__meta__":{"hash":"sha256:e71569cb1add9e2b478b37be070b7fcf022faebdbd07ecf4ede691ea8d8c818b"}} as unknown as DocumentNode<StaffCancelSessionMutation, StaffCancelSessionMutationVariables>;
export const StaffEditorVenueDocument = {"__meta__":{"hash":"sha256:a0c29f4ff981a160ddacb82833175c90507a4ca3c31da1f122f8bfd95e244b80"}} as unknown as DocumentNode<StaffEditorVenueQuery, StaffEditorVenueQueryVariables>;
export const StaffUpdateVenueDocument = {"__meta__":{"hash":"sha256:6bf7981ad45d2a98171184c089cc69f9d16193183b30e0ce2684bc2144442ad4"}} as unknown as DocumentNode<StaffUpdateVenueMutation, StaffUpdateVenueMutationVariables>;
export const StaffPublishVenueDocument = {"__meta__":{"hash":"sha256:1a8e13964c9d0b34abd388aa43c55c363aeeed9f70ca868f44dd5236abc9bb61"}} as unknown as DocumentNode<StaffPublishVenueMutation, StaffPublishVenueMutationVariables>;
export const StaffUnpublishVenueDocument = {"__meta__":{"hash":"sha256:e1ad0144da7a366392659c8627c7eac5b68de782eed6a26ca2315a45e7e4da3e"}} as unknown as DocumentNode<StaffUnpublishVenueMutation, StaffUnpublishVenueMutationVariables>;
export const StaffCreateVenueDocument = {"__meta__":{"hash":"sha256:a821045bcd0555abdace85174fb199fc44149287fac0fd034f8c0d29682fc0e0"}} as unknown as DocumentNode<StaffCreateVenueMutation, StaffCreateVenueMutationVariables>;
export const StaffInformationPagesDocument = {"__meta__":{"hash":"sha256:36a753260dcbfe022a6d29a84fa45361a9f8110b69c7275a2dddd7c4be9bb356"}} as unknown as DocumentNode<StaffInformationPagesQuery, StaffInformationPagesQueryVariables>;
export const StaffInformationPageDocument = {"__meta__":{"hash":"sha256:1878748344d5d037ee8d2c88a08365dbc6d427c24f46b8c5e3b6994f383066f0"}} as unknown as DocumentNode<StaffInformationPageQuery, StaffInformationPageQueryVariables>;
export const StaffCreateInformationPageDocument = {"__meta__":{"hash":"sha256:b87949ce784300cd4688cb6ae50f07dd27edc95d9eea1227f977370fd0bd3707"}} as unknown as DocumentNode<StaffCreateInformationPageMutation, StaffCreateInformationPageMutationVariables>;
export const StaffSaveInformationPageTextDocument = {"__meta__":{"hash":"sha256:b0218beb37f72046ace7e0f9d17e7498d858c0645de029b18bd73d827d5147ee"}} as unknown as DocumentNode<StaffSaveInformationPageTextMutation, StaffSaveInformationPageTextMutationVariables>;
export const StaffPublishInformationPageDocument = {"__meta__":{"hash":"sha256:efa88e5a2a073072c8eea7c80255ca1859c2a96d12e640a7dccfe6d4f255cdcb"}} as unknown as DocumentNode<StaffPublishInformationPageMutation, StaffPublishInformationPageMutationVariables>;
export const StaffUnpublishInformationPageDocument = {"__meta__":{"hash":"sha256:38387bd46d939b5af4414836f08df59a9bcfaf2e934f989e0532c20495aeed53"}} as unknown as DocumentNode<StaffUnpublishInformationPageMutation, StaffUnpublishInformationPageMutationVariables>;
export const StaffProgrammeDistrictsDocument = {"__meta__":{"hash":"sha256:fb46d1d1fee565335840b33bfb9d4086a399516bd289577980023b8abf22eded"}} as unknown as DocumentNode<StaffProgrammeDistrictsQuery, StaffProgrammeDistrictsQueryVariables>;
export const StaffProgrammeRunsDocument = {"__meta__":{"hash":"sha256:865e160a2baac622b6a9ec3e7214840627afa174d291898a122a520c265b946f"}} as unknown as DocumentNode<StaffProgrammeRunsQuery, StaffProgrammeRunsQueryVariables>;
export const StaffProgrammeRunDocument = {"__meta__":{"hash":"sha256:56bb5ab84be01617ff58c4730177eabc508eeab2f6eed4055565b70df9e0dfd3"}} as unknown as DocumentNode<StaffProgrammeRunQuery, StaffProgrammeRunQueryVariables>;
export const StaffRequestProgrammeDocument = {"__meta__":{"hash":"sha256:a4aa45cda6e7b61e3d080d259cd69d3f5ca637abe78fa63504917154f3fe1e23"}} as unknown as DocumentNode<StaffRequestProgrammeMutation, StaffRequestProgrammeMutationVariables>;