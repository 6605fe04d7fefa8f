import { day, optionalDay, requiredText } from '@omsorg/rules';
import {
  COUNCIL_TEXT_MAX_LENGTH,
  DEVIATION_TEXT_MAX_LENGTH,
  LEX_SARAH_PLACE_MAX_LENGTH,
  LEX_SARAH_REPORTED_BY_MAX_LENGTH,
  LEX_SARAH_TEXT_MAX_LENGTH,
  lexSarahDecisionIssues,
  PROVIDER_NAME_MAX_LENGTH,
  RESPONSIBLE_MAX_LENGTH,
} from '@omsorg/rules/feedback';
import { z } from 'zod';
import { DeviationTarget, LexSarahDecision, type DecideLexSarahInput, type RegisterDeviationInput } from '../../generated/graphql.ts';

/*
 * The quality forms' rules (zod; message keys under feedback.quality.errors, or the shared
 * rules' validation.*). Lengths and the decision's rule are @omsorg/rules/feedback, which the
 * service checks too.
 */

const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong');

export function escalateSchema(today: string) {
  return z.object({
    whatHappened: requiredText(LEX_SARAH_TEXT_MAX_LENGTH, 'quality.errors.whatHappened'),
    place: requiredText(LEX_SARAH_PLACE_MAX_LENGTH, 'quality.errors.place'),
    happenedOn: optionalDay.refine((value) => value === null || value <= today, 'validation.notInFuture'),
    reportedBy: requiredText(LEX_SARAH_REPORTED_BY_MAX_LENGTH, 'quality.errors.reportedBy'),
  });
}

export function investigationSchema() {
  return z.object({
    findings: requiredText(LEX_SARAH_TEXT_MAX_LENGTH, 'quality.errors.findings'),
    causes: requiredText(LEX_SARAH_TEXT_MAX_LENGTH, 'quality.errors.causes'),
    actions: requiredText(LEX_SARAH_TEXT_MAX_LENGTH, 'quality.errors.actions'),
    serious: z.boolean(),
  });
}

export function decisionSchema(today: string) {
  return z
    .object({
      decision: z.enum(Object.values(LexSarahDecision) as [LexSarahDecision, ...LexSarahDecision[]], { message: 'quality.errors.decision' }),
      reasons: requiredText(LEX_SARAH_TEXT_MAX_LENGTH, 'quality.errors.reasons'),
      decidedOn: day({ missing: 'quality.errors.decidedOn', notAfter: today }),
      ivoSentOn: optionalDay,
    })
    .superRefine((values, context) => {
      for (const issue of lexSarahDecisionIssues({ decision: values.decision, decidedOn: values.decidedOn, ivoSentOn: values.ivoSentOn }, today)) {
        context.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
      }
    });
}

export function toDecisionInput(id: string, version: number, values: z.output<ReturnType<typeof decisionSchema>>): DecideLexSarahInput {
  return { id, version, decision: values.decision, reasons: values.reasons, decidedOn: values.decidedOn, ivoSentOn: values.ivoSentOn };
}

const namedTargets: readonly string[] = [DeviationTarget.HomeCareProvider, DeviationTarget.NursingHome];

export function deviationSchema(today: string) {
  return z
    .object({
      target: z.string().min(1, 'quality.errors.target'),
      providerName: optionalText(PROVIDER_NAME_MAX_LENGTH),
      description: requiredText(DEVIATION_TEXT_MAX_LENGTH, 'quality.errors.description'),
      raisedOn: day({ missing: 'quality.errors.raisedOn', notAfter: today }),
    })
    .superRefine((values, context) => {
      if (namedTargets.includes(values.target) && !values.providerName) context.addIssue({ code: 'custom', path: ['providerName'], message: 'quality.deviation.providerRequired' });
    });
}

export function toDeviationInput(values: z.output<ReturnType<typeof deviationSchema>>): RegisterDeviationInput {
  return { target: values.target as DeviationTarget, providerName: values.providerName || null, description: values.description, raisedOn: values.raisedOn };
}

export const noteSchema = () => z.object({ note: requiredText(COUNCIL_TEXT_MAX_LENGTH, 'quality.errors.note') });
export const meetingSchema = () => z.object({ meetingOn: day({ missing: 'quality.errors.meetingOn' }) });
export const councilDecisionSchema = () => z.object({ text: requiredText(COUNCIL_TEXT_MAX_LENGTH, 'quality.errors.decisionText'), agendaItemId: z.string() });
export const councilActionSchema = () =>
  z.object({
    what: requiredText(COUNCIL_TEXT_MAX_LENGTH, 'quality.errors.what'),
    responsible: requiredText(RESPONSIBLE_MAX_LENGTH, 'quality.errors.responsible'),
    dueOn: day({ missing: 'quality.errors.dueOn' }),
    agendaItemId: z.string(),
  });
