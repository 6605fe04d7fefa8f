import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, type RequestContext } from '@omsorg/platform';
import { NO_TIES, type PersonLinkSource, type PersonTies } from '../domain/access.ts';
import { PersonLink } from '../entities/person-link.ts';

/**
 * The ties of the persons loaded in this request to the staff member's unit, and the persons
 * they looked up by personnummer. Filled when persons are loaded; a person not loaded through
 * the loader has no ties, so the policy refuses staff (it fails closed).
 */
const tiesByRequest = new WeakMap<RequestContext, Map<string, PersonTies>>();

function tiesMap(context: RequestContext): Map<string, PersonTies> {
  let map = tiesByRequest.get(context);
  if (!map) tiesByRequest.set(context, (map = new Map()));
  return map;
}

/** The ties of one person, as loaded for this request. */
export function tiesOf(context: RequestContext, personId: string): PersonTies {
  return tiesByRequest.get(context)?.get(personId) ?? NO_TIES;
}

/** The loads of ties this request has started, by person: each person's ties are loaded once. */
const loadsByRequest = new WeakMap<RequestContext, Map<string, Promise<void>>>();

/** Loads, for staff, the links between these persons and the staff member's unit, in one query. */
export function loadTies(context: RequestContext, personIds: readonly string[]): Promise<void> {
  if (context.actor.kind !== 'staff' || personIds.length === 0) return Promise.resolve();
  const load = queryTies(context, personIds);
  let loads = loadsByRequest.get(context);
  if (!loads) loadsByRequest.set(context, (loads = new Map()));
  for (const personId of personIds) loads.set(personId, load);
  return load;
}

async function queryTies(context: RequestContext, personIds: readonly string[]): Promise<void> {
  const { actor } = context;
  if (actor.kind !== 'staff') return;
  const links = await context.em.find(PersonLink, { personId: { $in: [...personIds] }, unit: actor.unit }, { fields: ['personId', 'source'] });
  const map = tiesMap(context);
  for (const personId of personIds) {
    const unitLinks: PersonLinkSource[] = links.filter((link) => link.personId === personId).map((link) => link.source);
    map.set(personId, { unitLinks, lookedUp: map.get(personId)?.lookedUp ?? false });
  }
}

/**
 * Loads the ties of those of these persons whose ties this request has not loaded (or started
 * loading) yet, in one query; resolves when all of them are there. A resolver that returns
 * several persons' objects calls it once for all, so the fields' policies find them loaded.
 */
export async function ensureTies(context: RequestContext, personIds: readonly string[]): Promise<void> {
  if (context.actor.kind !== 'staff') return;
  const loads = loadsByRequest.get(context);
  const missing = [...new Set(personIds)].filter((personId) => !loads?.has(personId));
  if (missing.length > 0) void loadTies(context, missing);
  await Promise.all(personIds.map((personId) => loadsByRequest.get(context)?.get(personId)));
}

/** Marks a person as looked up by exact personnummer in this request. */
export function rememberLookup(context: RequestContext, personId: string): void {
  const map = tiesMap(context);
  map.set(personId, { ...(map.get(personId) ?? NO_TIES), lookedUp: true });
}

/** Records that a unit has a case for a person (or a campaign that includes them). Idempotent. */
export async function linkPersonToUnit(em: EntityManager, link: { personId: string; unit: string; source: PersonLinkSource }): Promise<void> {
  await execute(
    em,
    `insert into "identity"."person_link" ("id", "person_id", "unit", "source", "created_at") values (?, ?, ?, ?, now())
     on conflict ("person_id", "unit", "source") do nothing`,
    [crypto.randomUUID(), link.personId, link.unit, link.source],
    'run',
  );
}
