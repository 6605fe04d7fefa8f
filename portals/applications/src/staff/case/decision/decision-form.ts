import { isIsoDate } from '../../shared/dates.ts';
import { maxLength, type FormIssue } from '../../shared/form-issues.ts';
import { decisionOutcomes, isHomeCare, type Decision, type DecisionOutcome, type ServiceType } from '../../types.ts';

/** One service's decision as the form holds it (all text), and the API's DecideInput. */
export interface DecisionForm {
  outcome: string;
  hoursPerMonth: string;
  validFrom: string;
  validTo: string;
  legalProvisionId: string;
  motivation: string;
}

export interface DecideInput {
  requestedServiceId: string;
  applicationVersion: number;
  outcome: DecisionOutcome;
  hoursPerMonth: number | null;
  validFrom: string;
  validTo: string | null;
  legalProvisionId: string;
  motivation: string;
}

export const MAX_HOURS_PER_MONTH = 744; // 31 days × 24 hours
export const MOTIVATION_MAX = 4000;

/** Empty, or filled from an earlier proposal or decision so a manager or a reconsideration starts from it. */
export function decisionFormFrom(decision: Decision | null, today: string): DecisionForm {
  if (!decision) return { outcome: '', hoursPerMonth: '', validFrom: today, validTo: '', legalProvisionId: '', motivation: '' };
  return {
    outcome: decision.outcome,
    hoursPerMonth: decision.hoursPerMonth === null ? '' : String(decision.hoursPerMonth),
    validFrom: decision.validFrom ?? today,
    validTo: decision.validTo ?? '',
    legalProvisionId: decision.legalProvision?.id ?? '',
    motivation: decision.motivation,
  };
}

export const asksForHours = (serviceType: ServiceType, outcome: string): boolean => isHomeCare(serviceType) && outcome !== 'DENIED';

export function validateDecision(form: DecisionForm, serviceType: ServiceType): FormIssue[] {
  const issues: FormIssue[] = [];
  if (!(decisionOutcomes as readonly string[]).includes(form.outcome)) issues.push({ field: 'outcome', key: 'case.decision.errors.outcome' });
  if (asksForHours(serviceType, form.outcome)) {
    const hours = form.hoursPerMonth.trim();
    if (!hours) issues.push({ field: 'hoursPerMonth', key: 'case.decision.errors.hoursMissing' });
    else if (!/^\d+$/.test(hours)) issues.push({ field: 'hoursPerMonth', key: 'case.decision.errors.hoursNumber' });
    else if (Number(hours) > MAX_HOURS_PER_MONTH) issues.push({ field: 'hoursPerMonth', key: 'case.decision.errors.hoursTooMany', params: { max: MAX_HOURS_PER_MONTH } });
  }
  if (!form.validFrom) issues.push({ field: 'validFrom', key: 'case.decision.errors.validFromMissing' });
  else if (!isIsoDate(form.validFrom)) issues.push({ field: 'validFrom', key: 'validation.dateFormat' });
  if (form.validTo) {
    if (!isIsoDate(form.validTo)) issues.push({ field: 'validTo', key: 'validation.dateFormat' });
    else if (isIsoDate(form.validFrom) && form.validTo < form.validFrom) issues.push({ field: 'validTo', key: 'case.decision.errors.validToBeforeFrom' });
  }
  if (!form.legalProvisionId) issues.push({ field: 'legalProvisionId', key: 'case.decision.errors.legalProvision' });
  if (!form.motivation.trim()) issues.push({ field: 'motivation', key: 'case.decision.errors.motivation' });
  issues.push(...maxLength(form.motivation, MOTIVATION_MAX, 'motivation'));
  return issues;
}

export function toDecideInput(form: DecisionForm, context: { requestedServiceId: string; applicationVersion: number; serviceType: ServiceType }): DecideInput {
  return {
    requestedServiceId: context.requestedServiceId,
    applicationVersion: context.applicationVersion,
    outcome: form.outcome as DecisionOutcome,
    hoursPerMonth: asksForHours(context.serviceType, form.outcome) ? Number(form.hoursPerMonth.trim()) : null,
    validFrom: form.validFrom,
    validTo: form.validTo || null,
    legalProvisionId: form.legalProvisionId,
    motivation: form.motivation.trim(),
  };
}

/** The decision in force for a service, and a proposal waiting for a manager, if any. */
export function decisionsOf(service: { decisions: Decision[] }): { current: Decision | null; proposal: Decision | null; earlier: Decision[] } {
  const current = service.decisions.find((decision) => decision.status === 'DECIDED') ?? null;
  const proposal = service.decisions.find((decision) => decision.status === 'PROPOSED') ?? null;
  const earlier = service.decisions.filter((decision) => decision.status === 'SUPERSEDED');
  return { current, proposal, earlier };
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
