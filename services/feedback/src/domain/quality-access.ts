import { hasRole, type Actor } from '@omsorg/platform';
import type { AgendaItemKind } from './council.ts';

/*
 * Who may do the quality work (lex Sarah, deviations, the quality council): the quality council
 * (QUALITY_COUNCIL) and managers (MANAGER) of the unit it belongs to. Nobody else: not
 * caseworkers, outreach staff, citizens or visitors, nor another unit's council or managers.
 * Pure; every query, mutation and route of the quality work calls one of these.
 */

/** Does quality work at all (may open the lists, which show only the actor's unit). */
export function doesQualityWork(actor: Actor): actor is Extract<Actor, { kind: 'staff' }> {
  return hasRole(actor, 'QUALITY_COUNCIL') || hasRole(actor, 'MANAGER');
}

/** May read and change the unit's lex Sarah reports, deviations, meetings, decisions and actions. */
export function mayWorkOnUnitQuality(actor: Actor, unit: string): boolean {
  return doesQualityWork(actor) && actor.unit === unit;
}

/**
 * May escalate a feedback item to lex Sarah or put it on the agenda: the item's unit, or any unit
 * while it has none (as reading it, domain/access.ts).
 */
export function mayTakeFeedbackToQuality(actor: Actor, feedback: { unit?: string | null }): boolean {
  return doesQualityWork(actor) && (!feedback.unit || feedback.unit === actor.unit);
}

/**
 * May put an item on a meeting's agenda: the actor works on the meeting's unit, and the item is
 * that unit's (a feedback item: or has no unit yet). Another unit's item is not there for them.
 */
export function mayPutOnAgenda(actor: Actor, meetingUnit: string, item: { kind: AgendaItemKind; unit: string | null }): boolean {
  if (!mayWorkOnUnitQuality(actor, meetingUnit)) return false;
  return item.kind === 'FEEDBACK' ? mayTakeFeedbackToQuality(actor, item) : item.unit === meetingUnit;
}
