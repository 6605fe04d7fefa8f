import { definePage, isPerson, logAccess, toPage, text, type RequestContext } from '@omsorg/platform';
import { CALLBACK_NOTE_MAX_LENGTH } from '@omsorg/rules/applications';
import { callbackDueAt, CALLBACK_OUTCOMES } from '../../domain/callbacks.ts';
import { isCallbackOverdue } from '../../domain/deadlines.ts';
import { CallbackRequest } from '../../entities/callback-request.ts';
import { byIds } from '../../queries/casework/related.ts';
import { caseworkActor, invalidField, notFound } from '../../queries/casework/scope.ts';
import { callbackOutcomeRefusal, isUuid, mayFollowCallbackToCase, maySeeCallbackNotes, maySeeCallbackRequester, staffCallbackFilter } from '../../domain/access.ts';
import { Application } from '../../entities/application.ts';
import type { CaseReadSource } from '../../domain/case-reads.ts';
import { builder } from '../builder.ts';
import { PersonRef } from '../person.ts';
import { staffPageArgs } from './page.ts';
import { CallbackRequestRef } from './refs.ts';
import { StaffMemberRef, staffReference } from './staff-member.ts';

// The same limit as the staff portal's form (@omsorg/rules).
const NOTE_MAX_LENGTH = CALLBACK_NOTE_MAX_LENGTH;

export const CallbackOutcomeEnum = builder.enumType('CallbackOutcome', {
  description: 'How a call went: REACHED nådde personen, NOT_REACHED nådde inte fram, NEW_CALLBACK_NEEDED ett nytt samtal behövs (a new callback is made).',
  values: CALLBACK_OUTCOMES,
});

/**
 * Which case a callback concerns: its id and reference number only, no case content (so the
 * callback list is not a case read; opening the case is).
 */
const CallbackCaseRef = builder.objectRef<Application>('CallbackCase').implement({
  description: 'The case a callback concerns, to link to: id and reference number ("ärendenummer"), no content.',
  fields: (t) => ({
    id: t.exposeID('id'),
    reference: t.string({ nullable: true, resolve: (application) => application.reference ?? null }),
  }),
});

CallbackRequestRef.implement({
  description:
    'A request to be called back ("återuppringning"), due within two working days of office hours; missed ones are counted each quarter. Who asked (the person or a representative) may differ from whom the call is about.',
  fields: (t) => ({
    id: t.exposeID('id'),
    person: t.field({
      type: PersonRef,
      // Nullable for the same reason as Application.applicant: a just-made request lists before identity lets the unit read the person.
      nullable: true,
      description: 'Whom the call is about. Null with a FORBIDDEN error at this path in the seconds after the request is made, until identity lets the unit read the person: reload in a moment.',
      resolve: (callback) => ({ id: callback.personId }),
    }),
    requestedBy: t.field({
      type: PersonRef,
      nullable: true,
      description:
        'Who asked for the call: the person, or a representative asking for them (e.g. Erik asking for Signe). For the unit’s caseworkers and managers, and for the one who asked; null for others, and for requests made by phone for the person.',
      resolve: (callback, _args, context) => (callback.requestedById && maySeeCallbackRequester(context.actor, callback) ? { id: callback.requestedById } : null),
    }),
    requestedByYou: t.boolean({
      description: 'Whether the signed-in person asked for this call (false for staff).',
      resolve: (callback, _args, context) => isPerson(context.actor) && callback.requestedById === context.actor.personId,
    }),
    application: t.loadable({
      type: CallbackCaseRef,
      nullable: true,
      description: 'The person’s case the call concerns (their latest sent application when the call was asked for); null when there is none or it is not yours to see.',
      load: async (ids: string[], context: RequestContext) =>
        (await byIds(Application, ids, context)).map((application) => (application && mayFollowCallbackToCase(context.actor, application) ? application : null)),
      resolve: (callback) => callback.applicationId ?? null,
    }),
    phone: t.exposeString('phone'),
    message: t.exposeString('message'),
    requestedAt: t.string({ resolve: (callback) => callback.requestedAt.toISOString() }),
    dueAt: t.string({
      description: 'When the call is due: two working days of office hours after the request (CALLBACK_OFFICE_HOURS, default 08:00-16:30 Stockholm time), always within office hours.',
      resolve: (callback) => callback.dueAt.toISOString(),
    }),
    outcome: t.field({
      type: CallbackOutcomeEnum,
      nullable: true,
      description: 'How the call went, once done. Staff only.',
      resolve: (callback, _args, context) => (maySeeCallbackNotes(context.actor, callback) ? (callback.outcome ?? null) : null),
    }),
    note: t.string({
      nullable: true,
      description: 'What the call was about and what happens next. Staff only.',
      resolve: (callback, _args, context) => (maySeeCallbackNotes(context.actor, callback) ? (callback.note ?? null) : null),
    }),
    followsId: t.id({ nullable: true, description: 'The callback this one repeats, when that call ended "new callback needed".', resolve: (callback) => callback.followsId ?? null }),
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
      // The list shows each person's phone and message: a read of their data, logged under their case when there is one.
      await logAccess(context, nodes.map((callback) => ({ personId: callback.personId, resource: 'Callback' satisfies CaseReadSource, resourceId: callback.applicationId ?? callback.id })));
      return toPage(nodes, totalCount, args);
    },
  }),
);

const CompleteCallbackInput = builder.inputType('CompleteCallbackInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    outcome: t.field({ type: CallbackOutcomeEnum, description: 'How the call went; REACHED when left out. NEW_CALLBACK_NEEDED makes a new callback, due as a new request.' }),
    note: t.string({ required: true, validate: text({ max: NOTE_MAX_LENGTH, multiline: true }), description: `What the call was about and what happens next; at most ${NOTE_MAX_LENGTH} characters.` }),
  }),
});

builder.mutationField('completeCallback', (t) =>
  t.field({
    type: CallbackRequestRef,
    description:
      'Records how the call went ("återuppringning gjord"): reached, not reached, or a new callback needed (which makes one, assigned to you). Errors: NotFoundError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: CompleteCallbackInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const callback = isUuid(input.id) ? await context.em.findOne(CallbackRequest, { id: input.id }) : null;
      // Another unit's callback is not found, as if it did not exist.
      const refusal = callback ? callbackOutcomeRefusal(actor, callback) : 'FORBIDDEN';
      if (!callback || refusal === 'FORBIDDEN') throw notFound(context);
      if (refusal === 'DONE') throw invalidField(context, 'id', 'validation.callback.done');
      const note = input.note.trim();
      if (!note) throw invalidField(context, 'note', 'validation.required');
      if (note.length > NOTE_MAX_LENGTH) throw invalidField(context, 'note', 'validation.tooLong', { maximum: NOTE_MAX_LENGTH });
      const outcome = input.outcome ?? 'REACHED';
      const now = new Date();
      Object.assign(callback, { completedAt: now, completedById: actor.staffId, outcome, note, assigneeId: callback.assigneeId ?? actor.staffId });
      if (outcome === 'NEW_CALLBACK_NEEDED') {
        context.em.create(CallbackRequest, {
          personId: callback.personId,
          requestedById: callback.requestedById ?? null,
          applicationId: callback.applicationId ?? null,
          unit: callback.unit,
          phone: callback.phone,
          message: callback.message,
          requestedAt: now,
          dueAt: callbackDueAt(now),
          assigneeId: actor.staffId,
          followsId: callback.id,
        });
      }
      await context.em.flush();
      return callback;
    },
  }),
);
