import { defineEntity, p } from '@mikro-orm/core';
import { PERSON_LINK_SOURCES } from '../domain/access.ts';

/**
 * A unit that has a case for a person (or an outreach campaign that includes them): what lets
 * that unit's staff read the person. Identity cannot read the applications tables, so
 * applications tells identity through a job when a case is submitted.
 */
export const PersonLinkSchema = defineEntity({
  name: 'PersonLink',
  uniques: [{ properties: ['personId', 'unit', 'source'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    personId: p.uuid().index(),
    unit: p.string().length(200),
    source: p.enum(PERSON_LINK_SOURCES),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class PersonLink extends PersonLinkSchema.class {}
PersonLinkSchema.setClass(PersonLink);
