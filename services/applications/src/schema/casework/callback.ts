import { definePage, toPage, text } from '@omsorg/platform';
import { CALLBACK_NOTE_MAX_LENGTH } from '@omsorg/rules/applications';
import { isCallbackOverdue } from '../../domain/deadlines.ts';
import { CallbackRequest } from '../../entities/callback-request.ts';
import { caseworkActor, invalidField, notFound } from '../../queries/casework/scope.ts';
import { isUuid, staffCallbackFilter } from '../../domain/access.ts';
import { builder } from '../builder.ts';
import { PersonRef } from '../person.ts';
import { staffPageArgs } from './page.ts';
import { CallbackRequestRef } from './refs.ts';
import { StaffMemberRef, staffReference } from './staff-member.ts';

// The same limit as the staff portal's form (@omsorg/rules).
const NOTE_MAX_LENGTH = CALLBACK_NOTE_MAX_LENGTH;

CallbackRequestRef.implement({
  description: 'A request to be called back ("återuppringning"), due within 48 hours; missed ones are counted each quarter.',
  fields: (t) => ({
    id: t.exposeID('id'),
    person: t.field({
      type: PersonRef,
      // Nullable for the same reason as Application.applicant: a just-made request lists before identity lets the unit read the person.
      nullable: true,
      description: 'Whom the call is about. Null with a FORBIDDEN error at this path in the seconds after the request is made, until identity lets the unit read the person: reload in a moment.',
      resolve: (callback) => ({ id: callback.personId }),
    }),
    phone: t.exposeString('phone'),
    message: t.exposeString('message'),
    requestedAt: t.string({ resolve: (callback) => callback.requestedAt.toISOString() }),
    dueAt: t.string({ description: '48 hours after the request.', resolve: (callback) => callback.dueAt.toISOString() }),
    completedAt: t.string({ nullable: true, resolve: (callback) => callback.completedAt?.toISOString() ?? null }),
    overdue: t.boolean({
      description: 'Not done by the time it was due, or done too late.',
      resolve: (callback) => isCallbackOverdue({ dueAt: callback.dueAt, completedAt: callback.completedAt ?? null }, new Date()),
    }),
    assignee: t.field({ type: StaffMemberRef, nullable: true, resolve: (callback) => staffReference(callback.assigneeId) }),
  }),
});

const CallbackRequestPage = definePage(builder, 'CallbackRequest', CallbackRequestRef);

builder.queryField('callbackRequests', (t) =>
  t.field({
    type: CallbackRequestPage,
    description: 'Your unit’s callback requests, earliest due first; open ones by default. Caseworkers and managers.',
    args: { open: t.arg.boolean({ defaultValue: true, description: 'true: not done yet; false: done; null: all.' }), ...staffPageArgs(t.arg) },
    resolve: async (_root, args, context) => {
      const actor = caseworkActor(context);
      const where =
        args.open === true
          ? { ...staffCallbackFilter(actor), completedAt: null }
          : args.open === false
            ? { ...staffCallbackFilter(actor), completedAt: { $ne: null } }
            : staffCallbackFilter(actor);
      const [nodes, totalCount] = await context.em.findAndCount(CallbackRequest, where, {
        orderBy: args.open === false ? { completedAt: 'desc', id: 'asc' } : { dueAt: 'asc', id: 'asc' },
        limit: args.limit,
        offset: args.offset,
      });
      return toPage(nodes, totalCount, args);
    },
  }),
);

const CompleteCallbackInput = builder.inputType('CompleteCallbackInput', {
  fields: (t) => ({ id: t.id({ required: true }), note: t.string({ required: true, validate: text({ max: NOTE_MAX_LENGTH, multiline: true }), description: 'What the call was about and what happens next.' }) }),
});

builder.mutationField('completeCallback', (t) =>
  t.field({
    type: CallbackRequestRef,
    description: 'Records that the person was called back ("återuppringning gjord"). Errors: NotFoundError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: CompleteCallbackInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const callback = isUuid(input.id) ? await context.em.findOne(CallbackRequest, { id: input.id, ...staffCallbackFilter(actor) }) : null;
      if (!callback) throw notFound(context);
      if (callback.completedAt) throw invalidField(context, 'id', 'validation.callback.done');
      const note = input.note.trim();
      if (!note) throw invalidField(context, 'note', 'validation.required');
      if (note.length > NOTE_MAX_LENGTH) throw invalidField(context, 'note', 'validation.tooLong', { maximum: NOTE_MAX_LENGTH });
      Object.assign(callback, { completedAt: new Date(), completedById: actor.staffId, note, assigneeId: callback.assigneeId ?? actor.staffId });
      await context.em.flush();
      return callback;
    },
  }),
);
