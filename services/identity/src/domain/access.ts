import { hasRole, mayActForPerson, type Actor } from '@omsorg/platform';

/** Why a staff member's unit may see a person: a case there, or an outreach campaign. */
export const PERSON_LINK_SOURCES = ['CASE', 'CAMPAIGN'] as const;
export type PersonLinkSource = (typeof PERSON_LINK_SOURCES)[number];

/** What identity knows about a person's ties to units, for the actor's unit only. */
export type PersonTies = {
  /** Sources of the links between the person and the actor's unit (empty when none). */
  unitLinks: readonly PersonLinkSource[];
  /** The staff member found the person this request by exact personnummer (a lookup). */
  lookedUp: boolean;
};

export const NO_TIES: PersonTies = { unitLinks: [], lookedUp: false };

/** Staff who register applications and representations, and may look a person up. */
export function isCasework(actor: Actor): boolean {
  return hasRole(actor, 'CASEWORKER') || hasRole(actor, 'MANAGER');
}

/**
 * Looking a person up by exact personnummer (`personByPersonalIdentityNumber`): caseworkers and
 * managers registering a phone or paper application or a representation, and the quality council
 * registering a postcard or letter from a known person (so it is linked to them). Never outreach
 * staff or a citizen. Rate-limited and access-logged whoever asks.
 */
export function mayFindByPersonalIdentityNumber(actor: Actor): boolean {
  return isCasework(actor) || hasRole(actor, 'QUALITY_COUNCIL');
}

/**
 * Whether a staff member may read a person: their unit has a case for the person (outreach
 * staff: the person is in one of their unit's campaigns), or someone who may look people up has
 * just looked the person up by exact personnummer.
 */
function staffMayReadPerson(actor: Actor, ties: PersonTies): boolean {
  if (actor.kind !== 'staff') return false;
  if (mayFindByPersonalIdentityNumber(actor) && ties.lookedUp) return true;
  if (ties.unitLinks.includes('CASE')) return true;
  return hasRole(actor, 'OUTREACH') && ties.unitLinks.includes('CAMPAIGN');
}

/**
 * Who may read a person at all (name, age, language): the person, whoever currently represents
 * them, staff whose unit is tied to the person, and the gateway.
 */
export function mayReadPerson(actor: Actor, personId: string, ties: PersonTies): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind === 'person') return mayActForPerson(actor, personId);
  return staffMayReadPerson(actor, ties);
}

/**
 * Personnummer, legal gender and representatives: the same people as the person, but never
 * through a name seen in passing. Kept apart so that a later narrowing is one change here.
 */
export function mayReadIdentityDetails(actor: Actor, personId: string, ties: PersonTies): boolean {
  return mayReadPerson(actor, personId, ties);
}

/**
 * The postal address of a person's representative, for the copy of a letter in the person's case
 * ("Kopia till"): the representative themself (and whoever acts for them), and caseworkers and
 * managers whose unit has a case for the person represented, while the representation is in
 * force. Not outreach or the quality council, not after a lookup alone, and never the
 * representative's other details: those stay behind `mayReadPerson` of the representative.
 */
export function mayReadRepresentativeAddress(actor: Actor, representation: { representativeId: string; inForce: boolean }, representedTies: PersonTies): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind === 'person') return mayActForPerson(actor, representation.representativeId);
  return actor.kind === 'staff' && isCasework(actor) && representation.inForce && representedTies.unitLinks.includes('CASE');
}

/** Reads by staff are written to the access log, which the person sees. */
export function isLoggedRead(actor: Actor): boolean {
  return actor.kind === 'staff';
}

/**
 * Registering a person who is not known yet (a phone, paper or discharge-notice application
 * for someone new): caseworkers and managers only, never a citizen, outreach or the quality
 * council. Everyone else may not even learn whether the person exists.
 */
export function mayRegisterPerson(actor: Actor): boolean {
  return isCasework(actor);
}

/** Only caseworkers and managers register and end representations, for persons they may read. */
export function mayManageRepresentations(actor: Actor, representedId: string, ties: PersonTies): boolean {
  return isCasework(actor) && mayReadPerson(actor, representedId, ties);
}

/** Who sees whom a person has read their identity data: the person and their representatives. */
export function mayReadOpenings(actor: Actor, personId: string): boolean {
  return mayActForPerson(actor, personId);
}

/** Finding persons by name: caseworkers and managers, among the persons their unit has a case for. */
export function mayFindByName(actor: Actor): boolean {
  return isCasework(actor);
}

/**
 * Importing the district's population extract (and following a run): outreach staff and
 * managers. Never a caseworker, the quality council or a citizen.
 */
export function mayImportPopulation(actor: Actor): boolean {
  return actor.kind === 'staff' && (hasRole(actor, 'OUTREACH') || hasRole(actor, 'MANAGER'));
}

/** A run and its refused rows (line numbers and reasons, no personal data): those who may import, of the unit that ran it. */
export function mayReadPopulationImport(actor: Actor, run: { unit: string }): boolean {
  return mayImportPopulation(actor) && actor.kind === 'staff' && actor.unit === run.unit;
}
