import { asksForHours, COMMUNICATION_EXCEPTION_NOTE_MAX_LENGTH, COMMUNICATION_EXCEPTIONS, decisionIssues, isAdverseOutcome } from '@omsorg/rules/applications';
import { z } from 'zod';
import { DecisionOutcome, type CommunicationException, type DecideInput, type ServiceType } from '../../../generated/graphql.ts';
import type { CaseDecision } from '../case-data.ts';

/** In the order offered. */
export const decisionOutcomes: readonly DecisionOutcome[] = [DecisionOutcome.Granted, DecisionOutcome.PartlyGranted, DecisionOutcome.Denied];

/** One service's decision as the form holds it (all text); the API takes a DecideInput. */
export interface DecisionForm {
  outcome: string;
  hoursPerMonth: string;
  validFrom: string;
  validTo: string;
  legalProvisionId: string;
  motivation: string;
  /** An exception in förvaltningslagen 25 § when deciding against the person before communication is complete; '' for none. */
  communicationException: string;
  communicationExceptionNote: string;
}

/** The exceptions of förvaltningslagen 25 §, in the order of the law. */
export const communicationExceptions: readonly CommunicationException[] = COMMUNICATION_EXCEPTIONS;
export { COMMUNICATION_EXCEPTION_NOTE_MAX_LENGTH };

/**
 * Empty (with the service's usual legal basis chosen), or filled from an earlier proposal or
 * decision so a manager or a reconsideration starts from it.
 */
export function decisionFormFrom(decision: CaseDecision | null, today: string, defaultProvisionId = ''): DecisionForm {
  if (!decision) return { outcome: '', hoursPerMonth: '', validFrom: today, validTo: '', legalProvisionId: defaultProvisionId, motivation: '', communicationException: '', communicationExceptionNote: '' };
  return {
    outcome: decision.outcome,
    hoursPerMonth: decision.hoursPerMonth === null ? '' : String(decision.hoursPerMonth),
    validFrom: decision.validFrom ?? today,
    validTo: decision.validTo ?? '',
    legalProvisionId: decision.legalProvision?.id ?? '',
    motivation: decision.motivation,
    communicationException: decision.communicationException ?? '',
    communicationExceptionNote: decision.communicationExceptionNote ?? '',
  };
}

/** The element ids of one decision's fields (DecisionFields), by field. */
export function decisionFieldIds(idPrefix: string): Record<keyof DecisionForm, string> {
  return {
    outcome: `${idPrefix}-outcome`,
    hoursPerMonth: `${idPrefix}-hours`,
    validFrom: `${idPrefix}-valid-from`,
    validTo: `${idPrefix}-valid-to`,
    legalProvisionId: `${idPrefix}-provision`,
    motivation: `${idPrefix}-motivation`,
    communicationException: `${idPrefix}-communication-exception`,
    communicationExceptionNote: `${idPrefix}-communication-exception-note`,
  };
}

const WHOLE_NUMBER = /^\d+$/;

/** The hours as the service gets them: only when the decision asks for hours, and written as a whole number. */
function hoursOf(form: DecisionForm, serviceType: string): number | null {
  const hours = form.hoursPerMonth.trim();
  return asksForHours(serviceType, form.outcome) && WHOLE_NUMBER.test(hours) ? Number(hours) : null;
}

/**
 * The decision's rules: the form's own (an outcome and a legal provision chosen, hours written as
 * a whole number, a first day and a motivation written) and then the rules the decision service checks too
 * (decisionIssues from @omsorg/rules: hours within a month, the period, the motivation), one
 * message per field.
 */
export function decisionSchema(serviceType: ServiceType) {
  return z
    .object({
      outcome: z.string(),
      hoursPerMonth: z.string(),
      validFrom: z.string(),
      validTo: z.string(),
      legalProvisionId: z.string(),
      motivation: z.string(),
      communicationException: z.string(),
      communicationExceptionNote: z.string(),
    })
    .superRefine((form, ctx) => {
      const flagged = new Set<string>();
      const add = (field: string, message: string, params?: Record<string, string | number>) => {
        if (flagged.has(field)) return;
        flagged.add(field);
        ctx.addIssue({ code: 'custom', path: [field], message, ...(params ? { params } : {}) });
      };
      if (!(decisionOutcomes as readonly string[]).includes(form.outcome)) add('outcome', 'case.decision.errors.outcome');
      const hours = form.hoursPerMonth.trim();
      if (asksForHours(serviceType, form.outcome) && hours && !WHOLE_NUMBER.test(hours)) add('hoursPerMonth', 'case.decision.errors.hoursNumber');
      if (!form.validFrom.trim()) add('validFrom', 'case.decision.errors.validFromMissing');
      if (!form.legalProvisionId) add('legalProvisionId', 'case.decision.errors.legalProvision');
      if (!form.motivation.trim()) add('motivation', 'case.decision.errors.motivation');
      // Whether an exception is needed the service decides (communication may complete meanwhile); a chosen one needs its note.
      const note = form.communicationExceptionNote.trim();
      if (exceptionApplies(form) && !note) add('communicationExceptionNote', 'case.decision.errors.exceptionNote');
      if (note.length > COMMUNICATION_EXCEPTION_NOTE_MAX_LENGTH) add('communicationExceptionNote', 'validation.tooLong', { maximum: COMMUNICATION_EXCEPTION_NOTE_MAX_LENGTH });
      const draft = {
        serviceType,
        outcome: form.outcome as DecisionOutcome,
        hoursPerMonth: hoursOf(form, serviceType),
        validFrom: form.validFrom.trim(),
        validTo: form.validTo.trim() || null,
        motivation: form.motivation,
        notifiedOn: null,
      };
      for (const issue of decisionIssues(draft)) {
        // Hours written but not a whole number are said above, not as "missing".
        if (issue.field === 'hoursPerMonth' && hours && draft.hoursPerMonth === null) continue;
        add(issue.field, issue.key, issue.params);
      }
    });
}

export function toDecideInput(form: DecisionForm, context: { requestedServiceId: string; applicationVersion: number; serviceType: ServiceType }): DecideInput {
  return {
    requestedServiceId: context.requestedServiceId,
    applicationVersion: context.applicationVersion,
    outcome: form.outcome as DecisionOutcome,
    hoursPerMonth: hoursOf(form, context.serviceType),
    validFrom: form.validFrom.trim(),
    validTo: form.validTo.trim() || null,
    legalProvisionId: form.legalProvisionId,
    motivation: form.motivation.trim(),
    communicationException: exceptionApplies(form) ? (form.communicationException as CommunicationException) : null,
    communicationExceptionNote: exceptionApplies(form) ? form.communicationExceptionNote.trim() : null,
  };
}

/** An exception chosen for a decision against the person; one chosen before switching to "granted" is not sent. */
export function exceptionApplies(form: Pick<DecisionForm, 'outcome' | 'communicationException'>): boolean {
  return form.communicationException !== '' && form.outcome !== '' && isAdverseOutcome(form.outcome);
}

/** The decision in force for a service, and a proposal waiting for a manager, if any. */
export function decisionsOf<D extends { status: string }>(service: { decisions: readonly D[] }): { current: D | null; proposal: D | null; earlier: D[] } {
  const current = service.decisions.find((decision) => decision.status === 'DECIDED') ?? null;
  const proposal = service.decisions.find((decision) => decision.status === 'PROPOSED') ?? null;
  const earlier = service.decisions.filter((decision) => decision.status === 'SUPERSEDED');
  return { current, proposal, earlier };
}

type OfferedProvision = { id: string; serviceTypes: readonly ServiceType[]; defaultFor: readonly ServiceType[] };

/** The provisions a decision on this service may rest on (the table says per service type): no LSS paragraph for home care. */
export function provisionsFor<T extends OfferedProvision>(provisions: readonly T[], serviceType: ServiceType): T[] {
  return provisions.filter((provision) => provision.serviceTypes.includes(serviceType));
}

/** The usual legal basis of the service, preselected in a new decision; '' when the table names none. */
export function defaultProvisionId(provisions: readonly OfferedProvision[], serviceType: ServiceType): string {
  return provisionsFor(provisions, serviceType).find((provision) => provision.defaultFor.includes(serviceType))?.id ?? '';
}

/** Social services act first, then LSS, each by citation: the order a caseworker looks for them. */
export function sortProvisions<T extends { law: string; citation: string; title: string }>(provisions: readonly T[]): T[] {
  const rank = (law: string) => (law.toUpperCase() === 'SOL' ? 0 : law.toUpperCase() === 'LSS' ? 1 : 2);
  return [...provisions].sort((a, b) => rank(a.law) - rank(b.law) || a.citation.localeCompare(b.citation, 'sv') || a.title.localeCompare(b.title, 'sv'));
}

/** The citation as written in a decision letter names the law too ("4 kap. 1 § socialtjänstlagen (2001:453)"). */
export function provisionLabel(provision: { citation: string; title: string }): string {
  return `${provision.citation} – ${provision.title}`;
}
