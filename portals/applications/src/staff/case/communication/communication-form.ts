import { day, requiredText } from '@omsorg/rules';
import { INVESTIGATION_TEXT_MAX_LENGTH } from '@omsorg/rules/applications';
import { z } from 'zod';
import type { CommunicateInvestigationInput, RecordInvestigationResponseInput } from '../../../generated/graphql.ts';

export const DEFAULT_RESPONSE_DAYS = 7;

/** How many days the person has to answer: a whole number from 1 to 60. */
export const communicateSchema = z.object({
  responseDays: z
    .string()
    .trim()
    .regex(/^\d+$/, { message: 'case.communication.errors.daysNumber', abort: true })
    .transform(Number)
    .refine((days) => days >= 1 && days <= 60, { message: 'case.communication.errors.daysRange', params: { min: 1, max: 60 } }),
});

export function toCommunicateInput(form: z.output<typeof communicateSchema>, application: { id: string; version: number }): CommunicateInvestigationInput {
  return { applicationId: application.id, version: application.version, responseDays: form.responseDays };
}

/** An answer that came by phone or on paper: the day it came (not ahead of today) and what it said. */
export function responseSchema(today: string) {
  return z.object({
    receivedOn: day({ missing: 'case.communication.errors.receivedOnMissing', notAfter: today }),
    response: requiredText(INVESTIGATION_TEXT_MAX_LENGTH, 'case.communication.errors.responseMissing'),
  });
}

export function toResponseInput(form: z.output<ReturnType<typeof responseSchema>>, application: { id: string; version: number }): RecordInvestigationResponseInput {
  return { applicationId: application.id, version: application.version, response: form.response, receivedOn: form.receivedOn };
}
