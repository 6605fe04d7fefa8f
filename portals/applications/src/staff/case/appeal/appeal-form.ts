import { day } from '@omsorg/rules';
import { z } from 'zod';
import type { RegisterAppealInput } from '../../../generated/graphql.ts';
import { isIsoDate } from '../../shared/dates.ts';
import { maxLength, type FormIssue } from '../../shared/form-issues.ts';
import { courtOutcomes } from '../../types.ts';
import type { DecideInput } from '../decision/decision-form.ts';

/** Staff register what came on paper (a letter, or handed in); online appeals register themselves. */
export const STAFF_APPEAL_CHANNEL = 'PAPER';

function checkDate(value: string, field: string, today: string, missingKey: string): FormIssue[] {
  if (!value) return [{ field, key: missingKey }];
  if (!isIsoDate(value)) return [{ field, key: 'validation.dateFormat' }];
  if (value > today) return [{ field, key: 'validation.dateInFuture' }];
  return [];
}

/** The appeal text as the service takes it. */
export const APPEAL_TEXT_MAX_LENGTH = 10_000;

/** Registering an appeal that came on paper: which decision, the day it came, what it says. */
export function registerAppealSchema(today: string) {
  return z.object({
    decisionId: z.string().min(1, 'case.appeal.errors.decision'),
    receivedOn: day({ missing: 'case.appeal.errors.receivedOn', notAfter: today }),
    text: z.string().trim().min(1, { message: 'case.appeal.errors.text', abort: true }).max(APPEAL_TEXT_MAX_LENGTH, 'validation.tooLong'),
  });
}

export function toRegisterAppealInput(form: z.output<ReturnType<typeof registerAppealSchema>>): RegisterAppealInput {
  return { ...form, channel: STAFF_APPEAL_CHANNEL };
}

/**
 * A preview while typing: the appeal must reach the municipality by the deadline printed in the
 * letter. The server decides; a late appeal is still registered and the authority then decides.
 */
export function appealTiming(receivedOn: string, deadline: string | null): 'inTime' | 'late' | null {
  if (!deadline || !isIsoDate(receivedOn)) return null;
  return receivedOn <= deadline ? 'inTime' : 'late';
}

export function validateForward(forwardedOn: string, today: string): FormIssue[] {
  return checkDate(forwardedOn, 'forwardedOn', today, 'case.appeal.errors.forwardedOn');
}

export function toForwardInput(appealId: string, forwardedOn: string) {
  return { appealId, forwardedOn };
}

export interface CourtOutcomeForm {
  status: string;
  decidedOn: string;
  note: string;
}

export function validateCourtOutcome(form: CourtOutcomeForm, today: string): FormIssue[] {
  return [
    ...((courtOutcomes as readonly string[]).includes(form.status) ? [] : [{ field: 'status', key: 'case.appeal.errors.courtStatus' }]),
    ...checkDate(form.decidedOn, 'decidedOn', today, 'case.appeal.errors.courtDate'),
    ...maxLength(form.note, 4000, 'note'),
  ];
}

export function toCourtOutcomeInput(appealId: string, form: CourtOutcomeForm) {
  return { appealId, status: form.status, decidedOn: form.decidedOn, note: form.note.trim() || null };
}

export function toReconsiderInput(appealId: string, change: DecideInput) {
  return { appealId, change };
}
