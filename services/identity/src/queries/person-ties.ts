import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@omsorg/platform';
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

/** Loads, for staff, the links between these persons and the staff member's unit. */
export async function loadTies(context: RequestContext, personIds: readonly string[]): Promise<void> {
  const { actor } = context;
  if (actor.kind !== 'staff' || personIds.length === 0) return;
  const links = await context.em.find(PersonLink, { personId: { $in: [...personIds] }, unit: actor.unit }, { fields: ['personId', 'source'] });
  const map = tiesMap(context);
  for (const personId of personIds) {
    const unitLinks: PersonLinkSource[] = links.filter((link) => link.personId === personId).map((link) => link.source);
    map.set(personId, { unitLinks, lookedUp: map.get(personId)?.lookedUp ?? false });
  }
}

/** Marks a person as looked up by exact personnummer in this request. */
export function rememberLookup(context: RequestContext, personId: string): void {
  const map = tiesMap(context);
  map.set(personId, { ...(map.get(personId) ?? NO_TIES), lookedUp: true });
}

/** Records that a unit has a case for a person (or a campaign that includes them). Idempotent. */
export async function linkPersonToUnit(em: EntityManager, link: { personId: string; unit: string; source: PersonLinkSource }): Promise<void> {
  await em.getConnection().execute(
    `insert into "identity"."person_link" ("id", "person_id", "unit", "source", "created_at") values (?, ?, ?, ?, now())
     on conflict ("person_id", "unit", "source") do nothing`,
    [crypto.randomUUID(), link.personId, link.unit, link.source],
  );
}
