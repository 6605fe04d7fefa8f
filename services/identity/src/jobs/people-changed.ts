import { createHash } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { enqueueJob, withJobQueue, type Logger } from '@omsorg/platform';
import { PERSON_GENDERS_QUEUE, type PersonGenders } from '@omsorg/rules/offerings';
import { PEOPLE_CHANGED_MAX, PEOPLE_CHANGED_QUEUE, type PeopleChanged, type PersonFacts } from '@omsorg/rules/outreach';
import { Person } from '../entities/person.ts';

/** The fields of Person outreach's projection is made of (read them, and nothing else, to publish). */
export const PERSON_FACT_FIELDS = [
  'id',
  'givenName',
  'familyName',
  'birthDate',
  'legalGender',
  'districtArea',
  'preferredLanguage',
  'interpreterNeeded',
  'streetAddress',
  'postalCode',
  'postalTown',
  'email',
  'updatedAt',
] as const;

type PersonRow = Pick<Person, (typeof PERSON_FACT_FIELDS)[number]>;

/** A date column may arrive as text or as a Date, depending on how it was loaded. */
function isoDay(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

export function personFactsOf(person: PersonRow): PersonFacts {
  return {
    id: person.id,
    givenName: person.givenName,
    familyName: person.familyName,
    birthDate: isoDay(person.birthDate as string | Date),
    legalGender: person.legalGender,
    districtArea: person.districtArea ?? null,
    preferredLanguage: person.preferredLanguage,
    interpreterNeeded: person.interpreterNeeded,
    streetAddress: person.streetAddress ?? null,
    postalCode: person.postalCode ?? null,
    postalTown: person.postalTown ?? null,
    email: person.email ?? null,
    version: person.updatedAt.toISOString(),
  };
}

/**
 * Tells outreach (and offerings, the gender only), in the caller's transaction (inside `em.transactional`), the facts of up to
 * 1,000 people as of their `updatedAt` (flush first). `singletonKey` names the event: a person and
 * version for a single change, a run and chunk for the import; the same key makes one job.
 */
export async function enqueuePeopleChanged(em: EntityManager, people: readonly PersonRow[], singletonKey: string): Promise<void> {
  if (people.length === 0) return;
  if (people.length > PEOPLE_CHANGED_MAX) throw new Error(`at most ${PEOPLE_CHANGED_MAX} people per event`);
  const data: PeopleChanged = { people: people.map(personFactsOf) };
  await enqueueJob(em, PEOPLE_CHANGED_QUEUE, data, { singletonKey });
  // Offerings keeps only the gender, for its attendance reports' split.
  const genders: PersonGenders = { people: data.people.map(({ id, legalGender, version }) => ({ id, legalGender, version })) };
  await enqueueJob(em, PERSON_GENDERS_QUEUE, genders, { singletonKey });
}

/** One person created or changed: call inside `em.transactional`, after the flush. */
export function enqueuePersonChanged(em: EntityManager, person: PersonRow): Promise<void> {
  return enqueuePeopleChanged(em, [person], `person:${person.id}:${person.updatedAt.toISOString()}`);
}

/** The same people at the same versions give the same key. */
function backfillKey(people: readonly PersonRow[]): string {
  const hash = createHash('sha256');
  for (const person of people) hash.update(`${person.id}@${person.updatedAt.toISOString()};`);
  return `backfill:${hash.digest('hex')}`;
}

/**
 * Sends every person's current facts to outreach, 1,000 to a job, so a database that had people
 * before the projection was fed gets it. Idempotent (one job per chunk of people and their
 * versions): run at every seed.
 */
export async function publishPeople(orm: MikroORM, log: Logger): Promise<number> {
  let sent = 0;
  await withJobQueue('identity-people-backfill', orm, log, async () => {
    for (let after = ''; ; ) {
      const people = await orm.em.fork().find(Person, after ? { id: { $gt: after } } : {}, { fields: [...PERSON_FACT_FIELDS], orderBy: { id: 'asc' }, limit: PEOPLE_CHANGED_MAX });
      if (people.length === 0) break;
      await orm.em.fork().transactional((em) => enqueuePeopleChanged(em, people, backfillKey(people)));
      sent += people.length;
      after = people.at(-1)!.id;
    }
  });
  return sent;
}
