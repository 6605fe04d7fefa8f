/**
 * The words of the offerings domain (docs/OFFERINGS.md): venues, offerings and their sessions,
 * registrations and information pages. Shared by the offerings service and portal.
 */

/** What a venue is: a meeting place open to all over 65, an activity centre, a day-activity place (needs a decision). */
export const VENUE_KINDS = ['MEETING_PLACE', 'ACTIVITY_CENTRE', 'DAY_ACTIVITY'] as const;
export type VenueKind = (typeof VENUE_KINDS)[number];

/** What is offered (DOMAIN.md "Information, culture and activities"). */
export const OFFERING_KINDS = ['ACTIVITY', 'CULTURE', 'OUTING', 'COURSE', 'MEAL', 'DIGITAL_HELP', 'RELATIVES_GROUP'] as const;
export type OfferingKind = (typeof OFFERING_KINDS)[number];

/** Who may come: everyone over 65, or only people with a decision (bistånd), e.g. day activities. */
export const OFFERING_AUDIENCES = ['OPEN_65', 'DECISION'] as const;
export type OfferingAudience = (typeof OFFERING_AUDIENCES)[number];

/** A registration's place: registered, on the waiting list, or cancelled. */
export const REGISTRATION_STATUSES = ['REGISTERED', 'WAITING', 'CANCELLED'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** How a person without BankID is told they moved up from the waiting list. */
export const REGISTRATION_NOTICE_CHANNELS = ['EMAIL', 'LETTER', 'PHONE'] as const;
export type RegistrationNoticeChannel = (typeof REGISTRATION_NOTICE_CHANNELS)[number];

/** Where content is in its life: a draft (staff only), or published between its dates. */
export const CONTENT_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

/** The programme's two layouts: a notice board (A4, large text) and the local paper (columns). */
export const PROGRAMME_LAYOUTS = ['NOTICE_BOARD', 'NEWSPAPER'] as const;
export type ProgrammeLayout = (typeof PROGRAMME_LAYOUTS)[number];

/** The information pages every citizen can read (slugs are the Swedish paths under /information). */
export const INFORMATION_TOPICS = ['SERVICES', 'FINNISH_RIGHTS', 'RELATIVES', 'HOUSING', 'COMPLAINTS', 'ACCESSIBILITY'] as const;
export type InformationTopic = (typeof INFORMATION_TOPICS)[number];

/** Limits every editor and every form checks. */
export const OFFERINGS_LIMITS = {
  title: 200,
  summary: 500,
  /** Descriptions, opening hours, directions and information page bodies. */
  text: 20_000,
  name: 200,
  phone: 40,
  email: 254,
  /** Places per session. */
  capacity: 1_000,
  /** Price in whole kronor. */
  price: 100_000,
} as const;
