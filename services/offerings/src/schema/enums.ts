import { CONTENT_STATUSES, OFFERING_AUDIENCES, OFFERING_KINDS, VENUE_KINDS } from '@omsorg/rules/offerings';
import { builder } from './builder.ts';

/** The words of @omsorg/rules/offerings as GraphQL enums, for every part of the schema. */
export const OfferingKindEnum = builder.enumType('OfferingKind', {
  description: 'What is offered: an activity, culture event, outing, course, meal with company, digital help or relatives’ group.',
  values: OFFERING_KINDS,
});

export const OfferingAudienceEnum = builder.enumType('OfferingAudience', {
  description: 'Who may come: OPEN_65 everyone over 65 ("öppen för alla över 65"), DECISION only with a decision ("kräver biståndsbeslut").',
  values: OFFERING_AUDIENCES,
});

export const VenueKindEnum = builder.enumType('VenueKind', {
  description: 'A meeting place open to all over 65, an activity centre, or a day-activity place (needs a decision).',
  values: VENUE_KINDS,
});

export const ContentStatusEnum = builder.enumType('ContentStatus', {
  description: 'A draft (editors only) or published (everyone, between its dates).',
  values: CONTENT_STATUSES,
});
