import { text, type RequestContext } from '@omsorg/platform';
import { assignRefusal, takeRefusal, type AssignmentRefusal } from '../../domain/access.ts';
import { caseworkActor, checkVersion, invalidField, loadCase, saveCase } from '../../queries/casework/scope.ts';
import { findStaffMember } from '../../queries/casework/staff-members.ts';
import { recordEvent } from '../../queries/events.ts';
import { ApplicationRef } from '../application.ts';
import { builder } from '../builder.ts';
import { LegalGenderEnum } from './enums.ts';

const REFUSAL_KEYS: Record<AssignmentRefusal, string> = {
  ASSIGNED_TO_OTHER: 'validation.assignment.assignedToOther',
  NOT_ELIGIBLE: 'validation.assignment.notEligible',
};

function refused(context: RequestContext, field: string, refusal: AssignmentRefusal) {
  return invalidField(context, field, REFUSAL_KEYS[refusal]);
}

const TakeApplicationInput = builder.inputType('TakeApplicationInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    applicantLegalGender: t.field({
      type: LegalGenderEnum,
      description:
        'The applicant’s legal gender as the staff portal read it from the federated Person (identity owns it). Kept as a copy for statistics split by gender only; cases without it count as "okänt".',
    }),
    applicantName: t.string({
      validate: text({ max: 200 }).nullish(),
      description: 'The applicant’s name as the staff portal read it from the federated Person: kept so that mail to a representative names whom it concerns, and for the provider’s order.',
    }),
    applicantDistrictArea: t.string({
      validate: text({ max: 100 }).nullish(),
      description: 'The applicant’s district area from the federated Person, when the case has none: which providers may be chosen (LOV).',
    }),
  }),
});

builder.mutationField('takeApplication', (t) =>
  t.field({
    type: ApplicationRef,
    description:
      'Takes a case from the inbox: you become its caseworker and a new case moves to IN_INVESTIGATION ("ta ärende"). A caseworker may take only an unassigned case; a manager of the unit may also take one assigned to someone else (ValidationError otherwise).',
    errors: {},
    args: { input: t.arg({ type: TakeApplicationInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const application = await loadCase(context, actor, input.id);
      checkVersion(context, application, input.version);
      const refusal = takeRefusal(actor, application);
      if (refusal) throw refused(context, 'id', refusal);
      const previousAssigneeId = application.assigneeId ?? null;
      application.assigneeId = actor.staffId;
      if (application.status === 'SUBMITTED') application.status = 'IN_INVESTIGATION';
      if (input.applicantLegalGender) application.applicantLegalGender = input.applicantLegalGender;
      if (input.applicantName?.trim()) application.applicantName = input.applicantName.trim();
      if (input.applicantDistrictArea?.trim() && !application.districtArea) application.districtArea = input.applicantDistrictArea.trim();
      recordEvent(context.em, application, context.actor, 'TAKEN', { assigneeId: actor.staffId, previousAssigneeId });
      await saveCase(context, application);
      return application;
    },
  }),
);

const AssignApplicationInput = builder.inputType('AssignApplicationInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    assigneeId: t.id({
      description:
        'A caseworker or manager of the case’s unit (identity’s StaffMember id) who has worked in casework before; null to put the case back in the inbox unassigned.',
    }),
  }),
});

builder.mutationField('assignApplication', (t) =>
  t.field({
    type: ApplicationRef,
    description:
      'Gives the case to a caseworker or manager of its unit, or puts it back unassigned ("fördela ärende"). An assigned case is handed on only by its assignee or a manager of the unit; anyone else, and an assignee who is not a caseworker or manager of the unit, gets a ValidationError and nothing changes.',
    errors: {},
    args: { input: t.arg({ type: AssignApplicationInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const application = await loadCase(context, actor, input.id);
      checkVersion(context, application, input.version);
      const assigneeId = input.assigneeId ?? null;
      const assignee = assigneeId === null ? null : await findStaffMember(context, assigneeId);
      const refusal = assignRefusal(actor, application, assigneeId, assignee);
      if (refusal) throw refused(context, refusal === 'NOT_ELIGIBLE' ? 'assigneeId' : 'id', refusal);
      const previousAssigneeId = application.assigneeId ?? null;
      application.assigneeId = assigneeId;
      recordEvent(context.em, application, context.actor, 'ASSIGNED', { assigneeId, previousAssigneeId });
      await saveCase(context, application);
      return application;
    },
  }),
);

const SetUrgentInput = builder.inputType('SetUrgentInput', {
  fields: (t) => ({ id: t.id({ required: true }), version: t.int({ required: true }), urgent: t.boolean({ required: true }) }),
});

builder.mutationField('setUrgent', (t) =>
  t.field({
    type: ApplicationRef,
    description: 'Marks a case urgent, or not ("brådskande"): urgent cases go first in the inbox, to the intake group.',
    errors: {},
    args: { input: t.arg({ type: SetUrgentInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const application = await loadCase(context, actor, input.id);
      checkVersion(context, application, input.version);
      application.urgent = input.urgent;
      recordEvent(context.em, application, context.actor, 'MARKED_URGENT', { urgent: input.urgent });
      await saveCase(context, application);
      return application;
    },
  }),
);
