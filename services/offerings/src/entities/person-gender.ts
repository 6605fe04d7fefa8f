import { defineEntity, p } from '@mikro-orm/core';

/**
 * What identity last said about a person's legal gender (the `offerings.person-genders` events),
 * and as of when: the attendance reports' split of those who registered signed in. Nothing else
 * about the person is kept here.
 */
export const PersonGenderSchema = defineEntity({
  name: 'PersonGender',
  properties: {
    personId: p.uuid().primary(),
    legalGender: p.string().length(8),
    updatedAt: p.datetime(),
  },
});

export class PersonGender extends PersonGenderSchema.class {}
PersonGenderSchema.setClass(PersonGender);
