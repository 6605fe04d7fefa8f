import type { CsvCell } from '@omsorg/platform';
import { REFERRAL_STATUSES, type ReferralStatus } from './health-conversation.ts';
import type { InvitationStatus } from './invitation.ts';
import type { BookingStatus } from './places.ts';

/**
 * The funnel of a campaign ("tratten"): of the fixed cohort, how many were invited, answered,
 * booked, held and referred, each by legal gender. What counts at each step is written once in
 * `FUNNEL_STEPS` and turned into SQL by cohort/funnel-sql.ts; everything here is pure.
 *
 * Small numbers are shown as they are, as applications' statistics do (domain/gender-statistics.ts
 * there): the only readers are the campaign unit's outreach staff, who may read the cohort by name
 * anyway (logged), so hiding a count below 5 would protect nobody from them. A funnel published
 * outside the unit must suppress counts below 5 here, in one place for the page and the CSV.
 */
export const FUNNEL_STEPS = ['INVITED', 'ANSWERED', 'BOOKED', 'HELD', 'REFERRED'] as const;
export type FunnelStepKind = (typeof FUNNEL_STEPS)[number];

/**
 * What each step counts: people of the cohort (never bookings or letters) with
 * INVITED: an invitation made (`invitedAt` set); ANSWERED: the invitation in ANSWERED_STATUSES;
 * BOOKED: a booking of this campaign in BOOKED_STATUSES; HELD: one in HELD_STATUSES; REFERRED: a
 * referral from a conversation of this campaign's bookings in REFERRED_STATUSES.
 */
export const ANSWERED_STATUSES: readonly InvitationStatus[] = ['ACCEPTED', 'DECLINED'];
/** A cancelled booking was not kept; a no-show was booked all the same. */
export const BOOKED_STATUSES: readonly BookingStatus[] = ['ACTIVE', 'HELD', 'NO_SHOW'];
export const HELD_STATUSES: readonly BookingStatus[] = ['HELD'];
/** A referral that failed never reached a caseworker; pending, sent and created ones did or will. */
export const REFERRED_STATUSES: readonly ReferralStatus[] = REFERRAL_STATUSES.filter((status) => status !== 'FAILED');

export type GenderCounts = { women: number; men: number; total: number };
export type GenderShares = { women: number | null; men: number | null; total: number | null };

export type FunnelStep = {
  step: FunnelStepKind;
  counts: GenderCounts;
  /** Per cent of the step before (the cohort for INVITED), one decimal; null when that is 0. */
  ofPrevious: GenderShares;
  /** Per cent of those invited, one decimal; null when nobody was invited. */
  ofInvited: GenderShares;
};

export type CampaignFunnel = { cohort: GenderCounts; steps: FunnelStep[] };

/** A row of the funnel statement: one legal gender's counts. */
export type FunnelRow = { legalGender: string; cohort: number } & Record<FunnelStepKind, number>;

/** A share in per cent with one decimal, or null when there is nothing to divide (as applications' statistics). */
export function shareInPercent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

function shares(part: GenderCounts, whole: GenderCounts): GenderShares {
  return { women: shareInPercent(part.women, whole.women), men: shareInPercent(part.men, whole.men), total: shareInPercent(part.total, whole.total) };
}

/** The funnel from the statement's rows (one per legal gender; a gender nobody has is missing). */
export function campaignFunnel(rows: readonly FunnelRow[]): CampaignFunnel {
  const counts = (pick: (row: FunnelRow) => number): GenderCounts => {
    const of = (gender: string) => rows.filter((row) => row.legalGender === gender).reduce((sum, row) => sum + pick(row), 0);
    const women = of('FEMALE');
    const men = of('MALE');
    return { women, men, total: women + men };
  };
  const cohort = counts((row) => row.cohort);
  const invited = counts((row) => row.INVITED);
  let previous = cohort;
  const steps = FUNNEL_STEPS.map((step) => {
    const current = counts((row) => row[step]);
    const result: FunnelStep = { step, counts: current, ofPrevious: shares(current, previous), ofInvited: shares(current, invited) };
    previous = current;
    return result;
  });
  return { cohort, steps };
}

/** The Swedish names of the steps, for the CSV (the page has its own in every language). */
export const FUNNEL_STEP_NAMES_SV: Record<FunnelStepKind, string> = {
  INVITED: 'Inbjudna',
  ANSWERED: 'Svarat',
  BOOKED: 'Bokat samtal',
  HELD: 'Genomfört samtal',
  REFERRED: 'Remitterade till handläggare',
};

export const FUNNEL_CSV_HEADER = ['Steg', 'Kvinnor', 'Män', 'Totalt', 'Andel av föregående steg (%)', 'Andel av inbjudna (%)'] as const;

/** The CSV's rows: the cohort first, then one per step; the shares are of all (women and men together). */
export function funnelCsvRows(funnel: CampaignFunnel): CsvCell[][] {
  return [
    ['I urvalet', funnel.cohort.women, funnel.cohort.men, funnel.cohort.total, null, null],
    ...funnel.steps.map((step) => [FUNNEL_STEP_NAMES_SV[step.step], step.counts.women, step.counts.men, step.counts.total, step.ofPrevious.total, step.ofInvited.total]),
  ];
}
