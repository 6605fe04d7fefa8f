import type { EntityData } from '@mikro-orm/core';
import { isUuid, text, ValidationFailure, type RequestContext } from '@omsorg/platform';
import { classifyFeedbackInput, FEEDBACK_HANDLING_NOTE_MAX_LENGTH, feedbackNote } from '@omsorg/rules/feedback';
import { z } from 'zod';
import type { Feedback } from '../../entities/feedback.ts';
import { checkInput } from '../../handling/check-input.ts';
import { loadHandledItem, saveStep, type HandlingStep } from '../../handling/item-store.ts';
import { builder } from '../builder.ts';
import { FeedbackRef, FeedbackSourceEnum, FeedbackSubjectEnum, FeedbackTargetEnum, FeedbackTypeEnum, SenderGenderEnum } from '../feedback.ts';

const NOTE = text({ max: FEEDBACK_HANDLING_NOTE_MAX_LENGTH + 1000, multiline: true });

function refuse(context: RequestContext, field: string, key: string): ValidationFailure {
  return new ValidationFailure(context.t('validation.summary'), [{ field, message: context.t(key) }]);
}

/** Every step but reopening is for an item still open. */
function checkOpen(context: RequestContext, feedback: Feedback): void {
  if (feedback.status === 'CLOSED') throw refuse(context, 'id', 'validation.feedback.closedItem');
}

type StepInput = { id: string | number; version: number };

/**
 * One handling mutation: loads the item the actor may handle at the page's version, lets the
 * step decide its changes and event, saves both with the version moved on.
 */
function handlingMutation<Input extends StepInput>(
  name: string,
  description: string,
  inputType: ReturnType<typeof builder.inputType>,
  step: (context: RequestContext, feedback: Feedback, input: Input) => { changes: EntityData<Feedback>; event: HandlingStep },
) {
  builder.mutationField(name, (t) =>
    t.field({
      type: FeedbackRef,
      description: `${description} The quality council and managers of the item's unit, or its handler. Errors: ValidationError, ConflictError (the item changed since it was read: nothing saved), NotFoundError.`,
      errors: {},
      args: { input: t.arg({ type: inputType as never, required: true }) },
      resolve: async (_root, args, context) => {
        const input = (args as { input: Input }).input;
        const feedback = await loadHandledItem(context, String(input.id), input.version);
        const { changes, event } = step(context, feedback, input);
        return saveStep(context, feedback, changes, event);
      },
    }),
  );
}

const idAndVersion = (t: PothosSchemaTypes.InputFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<never>, 'InputObject'>) => ({
  id: t.id({ required: true }),
  version: t.int({ required: true, description: 'The version the page showed.' }),
});

const ClassifyFeedbackInput = builder.inputType('ClassifyFeedbackInput', {
  fields: (t) => ({
    ...idAndVersion(t as never),
    type: t.field({ type: FeedbackTypeEnum, required: true }),
    subject: t.field({ type: FeedbackSubjectEnum, required: true }),
    source: t.field({ type: FeedbackSourceEnum, required: true }),
    target: t.field({ type: FeedbackTargetEnum, required: true }),
    targetName: t.string({ validate: text({ max: 200 }) }),
    senderGender: t.field({ type: SenderGenderEnum, required: true }),
    unit: t.string({ validate: text({ max: 200 }), description: 'The responsible unit; left out or empty keeps the current one.' }),
  }),
});

handlingMutation<StepInput & z.input<typeof classifyFeedbackInput>>(
  'classifyFeedback',
  'Classifies an item by the categories the units report ("klassificera"): type, subject, source, target, sender\'s gender and unit. Sets classifiedAt the first time; the item is then being handled (IN_PROGRESS).',
  ClassifyFeedbackInput,
  (context, feedback, input) => {
    checkOpen(context, feedback);
    const values = checkInput(context, classifyFeedbackInput, { ...input, targetName: input.targetName ?? '', unit: input.unit ?? '' });
    const unit = values.unit || feedback.unit || null;
    return {
      changes: {
        type: values.type,
        subject: values.subject,
        source: values.source,
        target: values.target,
        targetName: values.targetName || null,
        senderGender: values.senderGender,
        unit,
        status: 'IN_PROGRESS',
        classifiedAt: feedback.classifiedAt ?? new Date(),
      },
      event: { kind: 'CLASSIFIED', data: { type: values.type, subject: values.subject, source: values.source, target: values.target, unit } },
    };
  },
);

const AssignFeedbackInput = builder.inputType('AssignFeedbackInput', {
  fields: (t) => ({
    ...idAndVersion(t as never),
    handlerId: t.id({ description: 'The handler (identity\'s StaffMember id); left out: assigned to the unit only, without a handler.' }),
    unit: t.string({ validate: text({ max: 200 }), description: 'The responsible unit; left out or empty keeps the current one.' }),
  }),
});

handlingMutation<StepInput & { handlerId?: string | number | null; unit?: string | null }>(
  'assignFeedback',
  'Assigns an item to a handler or a unit ("tilldela"): the handler then sees it in their list and may handle it. A unit without a handler leaves the handler empty.',
  AssignFeedbackInput,
  (context, feedback, input) => {
    checkOpen(context, feedback);
    const handlerId = input.handlerId == null || input.handlerId === '' ? null : String(input.handlerId);
    if (handlerId !== null && !isUuid(handlerId)) throw refuse(context, 'handlerId', 'validation.feedback.noSuchHandler');
    const unit = input.unit?.trim() || null;
    if (handlerId === null && unit === null) throw refuse(context, 'handlerId', 'validation.feedback.assignToSomeone');
    return {
      changes: { handlerId, unit: unit ?? feedback.unit ?? null, status: 'IN_PROGRESS' },
      event: { kind: 'ASSIGNED', data: { handlerId, unit: unit ?? feedback.unit ?? null } },
    };
  },
);

const noteInput = (name: string, description: string) =>
  builder.inputType(name, {
    fields: (t) => ({
      ...idAndVersion(t as never),
      note: t.string({ required: true, validate: NOTE, description: `${description} 1 to ${FEEDBACK_HANDLING_NOTE_MAX_LENGTH} characters.` }),
    }),
  });

const noteOf = (context: RequestContext, note: string) => checkInput(context, z.object({ note: feedbackNote() }), { note }).note;

handlingMutation<StepInput & { note: string }>(
  'addFeedbackNote',
  'Adds a note from the investigation to the item\'s history ("utredningsanteckning").',
  noteInput('AddFeedbackNoteInput', 'What was found out.'),
  (context, feedback, input) => {
    checkOpen(context, feedback);
    return { changes: {}, event: { kind: 'INVESTIGATION_NOTE', note: noteOf(context, input.note) } };
  },
);

handlingMutation<StepInput & { note: string }>(
  'recordFeedbackAction',
  'Records an action taken because of the item ("åtgärd"); the first sets actionTakenAt, which the reports count.',
  noteInput('RecordFeedbackActionInput', 'What was done.'),
  (context, feedback, input) => {
    checkOpen(context, feedback);
    return { changes: { actionTakenAt: feedback.actionTakenAt ?? new Date() }, event: { kind: 'ACTION_RECORDED', note: noteOf(context, input.note) } };
  },
);

const LinkFeedbackToCaseInput = builder.inputType('LinkFeedbackToCaseInput', {
  fields: (t) => ({
    ...idAndVersion(t as never),
    applicationId: t.id({ required: true, description: 'The case (applications\' Application id). Shown under the case\'s own access rules.' }),
  }),
});

handlingMutation<StepInput & { applicationId: string | number }>(
  'linkFeedbackToCase',
  'Links the item to the case it concerns ("koppla till ärende"); the case is shown only to those applications lets read it.',
  LinkFeedbackToCaseInput,
  (context, feedback, input) => {
    checkOpen(context, feedback);
    const applicationId = String(input.applicationId).trim();
    if (!isUuid(applicationId)) throw refuse(context, 'applicationId', 'validation.feedback.caseId');
    return { changes: { applicationId }, event: { kind: 'LINKED_TO_CASE', data: { applicationId } } };
  },
);

handlingMutation<StepInput & { note: string }>(
  'closeFeedback',
  'Closes a classified item with a closing note ("avsluta"): what was done and concluded. Sets closedAt.',
  noteInput('CloseFeedbackInput', 'The closing note.'),
  (context, feedback, input) => {
    checkOpen(context, feedback);
    if (!feedback.classifiedAt) throw refuse(context, 'id', 'validation.feedback.notClassified');
    return { changes: { status: 'CLOSED', closedAt: new Date() }, event: { kind: 'CLOSED', note: noteOf(context, input.note) } };
  },
);

const ReopenFeedbackInput = builder.inputType('ReopenFeedbackInput', {
  fields: (t) => ({
    ...idAndVersion(t as never),
    note: t.string({ validate: NOTE, description: `Why it is reopened, optional, at most ${FEEDBACK_HANDLING_NOTE_MAX_LENGTH} characters.` }),
  }),
});

handlingMutation<StepInput & { note?: string | null }>(
  'reopenFeedback',
  'Reopens a closed item ("återöppna"): it is handled again (IN_PROGRESS) and closedAt is cleared.',
  ReopenFeedbackInput,
  (context, feedback, input) => {
    if (feedback.status !== 'CLOSED') throw refuse(context, 'id', 'validation.feedback.notClosed');
    const note = input.note?.trim() ? noteOf(context, input.note) : null;
    return { changes: { status: 'IN_PROGRESS', closedAt: null }, event: { kind: 'REOPENED', note } };
  },
);
