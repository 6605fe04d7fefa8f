import { accessDenied, type RequestContext, type StaffActor } from '@omsorg/platform';
import { mayEditOfferings } from '../domain/access.ts';

/** The editor's actor, or the platform's refusal for anyone who may not edit (domain/access.ts). */
export function editorActor(context: RequestContext): StaffActor {
  const actor = context.actor;
  if (actor.kind !== 'staff' || !mayEditOfferings(actor)) throw accessDenied(context);
  return actor;
}
