import { day, requiredText } from '@omsorg/rules';
import { COURT_NOTE_MAX_LENGTH, REGISTERED_APPEAL_TEXT_MAX_LENGTH } from '@omsorg/rules/applications';
import { z } from 'zod';
import {
  AppealStatus,
  type DecideInput,
  type ForwardAppealInput,
  type ReconsiderAppealInput,
  type RecordCourtOutcomeInput,
  type RegisterAppealInput,
} from '../../../generated/graphql.ts';
import { isIsoDate } from '../../shared/dates.ts';

/** Staff register what came on paper (a letter, or handed in); online appeals register themselves. */
export const STAFF_APPEAL_CHANNEL = 'PAPER';

/** What the administrative court may decide, in the order offered. */
export const courtOutcomes: readonly AppealStatus[] = [AppealStatus.CourtUpheld, AppealStatus.CourtChanged, AppealStatus.CourtDismissed];

/** Registering an appeal that came on paper: which decision, the day it came, what it says. */
export function registerAppealSchema(today: string) {
  return z.object({
    decisionId: z.string().min(1, 'case.appeal.errors.decision'),
    receivedOn: day({ missing: 'case.appeal.errors.receivedOn', notAfter: today }),
    text: requiredText(REGISTERED_APPEAL_TEXT_MAX_LENGTH, 'case.appeal.errors.text'),
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

/** The day the appeal went to the administrative court, not ahead of today. */
export function forwardSchema(today: string) {
  return z.object({ forwardedOn: day({ missing: 'case.appeal.errors.forwardedOn', notAfter: today }) });
}

export function toForwardInput(appealId: string, form: z.output<ReturnType<typeof forwardSchema>>): ForwardAppealInput {
  return { appealId, forwardedOn: form.forwardedOn };
}

/** What the court decided, on which day (not ahead of today), and a note. */
export function courtOutcomeSchema(today: string) {
  return z.object({
    status: z.string().refine((value) => (courtOutcomes as readonly string[]).includes(value), 'case.appeal.errors.courtStatus'),
    decidedOn: day({ missing: 'case.appeal.errors.courtDate', notAfter: today }),
    note: z.string().trim().max(COURT_NOTE_MAX_LENGTH, 'validation.tooLong'),
  });
}

export function toCourtOutcomeInput(appealId: string, form: z.output<ReturnType<typeof courtOutcomeSchema>>): RecordCourtOutcomeInput {
  return { appealId, status: form.status as AppealStatus, decidedOn: form.decidedOn, note: form.note || null };
}

export function toReconsiderInput(appealId: string, change: DecideInput): ReconsiderAppealInput {
  return { appealId, change };
}
