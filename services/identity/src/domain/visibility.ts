import { mayActForPerson, type Actor } from '@omsorg/platform';

/**
 * Who may see a person's details: the person, those who currently represent them, staff,
 * and the gateway. Staff reads are written to the access log by the resolvers.
 */
export function maySeePerson(actor: Actor, personId: string): boolean {
  return actor.kind === 'staff' || actor.kind === 'system' || mayActForPerson(actor, personId);
}
