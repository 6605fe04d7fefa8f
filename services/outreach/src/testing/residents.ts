import type { MikroORM } from '@mikro-orm/postgresql';
import type { PersonFacts } from '@omsorg/rules/outreach';
import { handleCareStatusChanged } from '../jobs/care-status-changed.ts';
import { handlePeopleChanged } from '../jobs/people-changed.ts';

/** A resident as identity would send them, with defaults for what a test does not care about. */
export function personFacts(facts: Partial<PersonFacts> & Pick<PersonFacts, 'birthDate'>): PersonFacts {
  return {
    id: crypto.randomUUID(),
    givenName: 'Test',
    familyName: 'Testsson',
    legalGender: 'FEMALE',
    districtArea: 'Fruängen',
    preferredLanguage: 'sv',
    interpreterNeeded: false,
    streetAddress: 'Fruängsgården 1',
    postalCode: '129 52',
    postalTown: 'Hägersten',
    email: null,
    version: '2026-12-01T08:00:00.000Z',
    ...facts,
  };
}

/** Writes residents straight through the people-changed handler, 1,000 per statement. */
export async function addResidents(orm: MikroORM, people: PersonFacts[]): Promise<void> {
  for (let start = 0; start < people.length; start += 1000) await handlePeopleChanged(orm.em.fork(), { people: people.slice(start, start + 1000) });
}

export async function setCareStatus(orm: MikroORM, personId: string, hasCurrentCareServices: boolean, version = new Date().toISOString()): Promise<void> {
  await handleCareStatusChanged(orm.em.fork(), { people: [{ personId, hasCurrentCareServices, version }] });
}
