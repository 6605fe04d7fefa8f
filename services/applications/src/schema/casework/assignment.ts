import { caseworkActor, checkVersion, invalidField, isUuid, loadCase, saveCase } from '../../queries/casework/scope.ts';
import { recordEvent } from '../../queries/events.ts';
import { ApplicationRef } from '../application.ts';
import { builder } from '../builder.ts';
import { LegalGenderEnum } from './enums.ts';

const TakeApplicationInput = builder.inputType('TakeApplicationInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    applicantLegalGender: t.field({
      type: LegalGenderEnum,
      description:
        'The applicant’s legal gender as the staff portal read it from the federated Person (identity owns it). Kept as a copy for statistics split by gender only; cases without it count as "okänt".',
    }),
  }),
});

builder.mutationField('takeApplication', (t) =>
  t.field({
    type: ApplicationRef,
    description: 'Takes a case from the inbox: you become its caseworker and a new case moves to IN_INVESTIGATION ("ta ärende").',
    errors: {},
    args: { input: t.arg({ type: TakeApplicationInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const application = await loadCase(context, actor, input.id);
      checkVersion(context, application, input.version);
      const previousAssigneeId = application.assigneeId ?? null;
      application.assigneeId = actor.staffId;
      if (application.status === 'SUBMITTED') application.status = 'IN_INVESTIGATION';
      if (input.applicantLegalGender) application.applicantLegalGender = input.applicantLegalGender;
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
    assigneeId: t.id({ description: 'A caseworker of your unit (identity’s StaffMember id); null to put the case back in the inbox unassigned.' }),
  }),
});

builder.mutationField('assignApplication', (t) =>
  t.field({
    type: ApplicationRef,
    description: 'Gives the case to a caseworker, or puts it back unassigned ("fördela ärende").',
    errors: {},
    args: { input: t.arg({ type: AssignApplicationInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const application = await loadCase(context, actor, input.id);
      checkVersion(context, application, input.version);
      const assigneeId = input.assigneeId ?? null;
      if (assigneeId !== null && !isUuid(assigneeId)) throw invalidField(context, 'assigneeId', 'validation.invalid');
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
