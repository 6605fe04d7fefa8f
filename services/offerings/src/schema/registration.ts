import { type RequestContext, enforceRateLimit, idSchema, NotFoundFailure, rateLimitSubject, text, ValidationFailure, definePage, pageArgs, toPage, isPerson, personScope } from '@omsorg/platform';
import { normaliseCancelCode, OFFERINGS_LIMITS, REGISTRATION_ADDRESS_MAX_LENGTH, REGISTRATION_NOTICE_CHANNELS, registrationContactIssues } from '@omsorg/rules/offerings';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { mayActOnRegistration, mayRegisterPerson, registrationRefusal, type RegistrationRefusal } from '../domain/access.ts';
import { Offering } from '../entities/offering.ts';
import { Registration } from '../entities/registration.ts';
import { Session } from '../entities/session.ts';
import { cancelRegistration } from '../registrations/cancel.ts';
import { generateCancelCode, hashCancelCode } from '../registrations/cancel-code.ts';
import { activeRegistrationOf, placeRegistration, registrableFacts } from '../registrations/place.ts';
import { anonymousRegistrationRateLimit, cancelCodeRateLimit } from '../registrations/rate-limits.ts';
import { builder } from './builder.ts';
import { RegistrationClosedReasonEnum, RegistrationNoticeChannelEnum, RegistrationRef } from './registration-types.ts';

/** A session that takes no registration now, and why (the message says what to do instead). */
export class RegistrationClosedFailure extends Error {
  readonly reason: RegistrationRefusal | 'ALREADY_REGISTERED';
  constructor(message: string, reason: RegistrationRefusal | 'ALREADY_REGISTERED') {
    super(message);
    this.name = 'RegistrationClosedFailure';
    this.reason = reason;
  }
}

builder.objectType(RegistrationClosedFailure, {
  name: 'RegistrationClosedError',
  description: 'The session takes no registration: cancelled, begun, drop-in, for people with a decision, or already registered. Nothing was saved.',
  interfaces: ['Error' as never],
  fields: (t) => ({ reason: t.field({ type: RegistrationClosedReasonEnum, resolve: (error) => error.reason }) }),
});

const REFUSAL_MESSAGES: Record<RegistrationRefusal | 'ALREADY_REGISTERED', string> = {
  NOT_FOUND: 'error.registration.notFound',
  CANCELLED: 'error.registration.cancelled',
  PAST: 'error.registration.past',
  NO_REGISTRATION: 'error.registration.noRegistration',
  DECISION: 'error.registration.decision',
  ALREADY_REGISTERED: 'error.registration.already',
};

const blankToNull = (value: string | null | undefined) => (value ? value : null);

/** Every field through the platform's text rules (no control characters, trimmed), then the shared form rules. */
const registerSchema = z
  .object({
    personId: idSchema.nullish(),
    name: text({ max: OFFERINGS_LIMITS.name }),
    phone: text({ max: OFFERINGS_LIMITS.phone, tooLong: 'validation.phone' }),
    email: text({ max: OFFERINGS_LIMITS.email, tooLong: 'validation.email' }).nullish(),
    postalAddress: text({ max: REGISTRATION_ADDRESS_MAX_LENGTH, multiline: true }).nullish(),
    noticeBy: z.enum(REGISTRATION_NOTICE_CHANNELS),
  })
  .superRefine((input, context) => {
    const contact = { name: input.name, phone: input.phone, email: input.email ?? '', postalAddress: input.postalAddress ?? '', noticeBy: input.noticeBy };
    for (const issue of registrationContactIssues(contact)) context.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
  });

const RegisterForSessionInput = builder.inputType('RegisterForSessionInput', {
  description: 'Who registers and how to reach them ("anmälan").',
  validate: registerSchema,
  fields: (t) => ({
    personId: t.id({ description: 'Signed in: the person to register, oneself or a person one represents; left out means oneself. Ignored when not signed in.' }),
    name: t.string({ required: true, description: `Name, at most ${OFFERINGS_LIMITS.name} characters.` }),
    phone: t.string({ required: true, description: 'Phone number: digits, spaces, + and -, 6 to 20 characters. The organiser calls it when something changes.' }),
    email: t.string({ description: 'E-mail address, optional; needed for noticeBy EMAIL and for the reminder the day before.' }),
    postalAddress: t.string({ description: `Postal address, optional; needed for noticeBy LETTER. At most ${REGISTRATION_ADDRESS_MAX_LENGTH} characters.` }),
    noticeBy: t.field({ type: RegistrationNoticeChannelEnum, required: true, description: 'How to be told when moved up from the waiting list.' }),
  }),
});

const RegistrationReceiptRef = builder
  .objectRef<{ registration: Registration; cancelCode: string | null }>('RegistrationReceipt')
  .implement({
    description: 'What a person gets when registering: the registration (registered, or number N in the queue), and a cancel code when not signed in.',
    fields: (t) => ({
      registration: t.field({ type: RegistrationRef, resolve: (receipt) => receipt.registration }),
      cancelCode: t.string({ nullable: true, description: 'Not signed in: the code to cancel with ("avbokningskod"), shown once and never again.', resolve: (receipt) => receipt.cancelCode }),
    }),
  });

/** Loads the registration's session, offering and venue for the answer. */
export function withSession(em: EntityManager, registration: Registration): Promise<Registration> {
  // Read afresh: the registration may come from another entity manager (the transaction's fork).
  return em.fork().findOneOrFail(Registration, { id: registration.id }, { populate: ['session.offering', 'session.venue'] });
}

builder.mutationField('registerForSession', (t) =>
  t.field({
    type: RegistrationReceiptRef,
    description:
      'Registers for a session ("anmäl dig"), or puts on its waiting list when it is full: signed in (oneself or a person one represents) or with name and phone. Never more registered than places, whatever the load. Rate-limited per address when not signed in.',
    authScopes: { public: true },
    errors: {
      types: [RegistrationClosedFailure],
      union: { description: 'The registration, or why there is none.' },
      result: { description: 'Registered, or on the waiting list.' },
      dataField: { description: 'The receipt.' },
    },
    args: { sessionId: t.arg.id({ required: true, validate: idSchema }), input: t.arg({ type: RegisterForSessionInput, required: true }) },
    resolve: async (_root, { sessionId, input }, context) => {
      const { actor } = context;
      let personId: string | null = null;
      if (isPerson(actor)) {
        personId = input.personId ?? actor.personId;
        if (!mayRegisterPerson(actor, personId)) throw new ValidationFailure(context.t('validation.summary'), [{ field: 'personId', message: context.t('error.registration.notRepresented') }]);
      } else {
        const subject = rateLimitSubject(context);
        if (subject) await enforceRateLimit(context, anonymousRegistrationRateLimit(), subject, 'error.rateLimited.registration');
      }
      const cancelCode = personId ? null : generateCancelCode();
      const outcome = await placeRegistration(context.em, sessionId, {
        personId,
        registeredById: isPerson(actor) && personId !== actor.personId ? actor.personId : actor.kind === 'staff' ? actor.staffId : null,
        name: input.name,
        phone: input.phone,
        email: blankToNull(input.email),
        postalAddress: blankToNull(input.postalAddress),
        noticeBy: input.noticeBy,
        language: context.locale,
        cancelCodeHash: cancelCode ? hashCancelCode(cancelCode) : null,
      });
      if (outcome.kind === 'refused') throw new RegistrationClosedFailure(context.t(REFUSAL_MESSAGES[outcome.reason]), outcome.reason);
      context.log.info({ registrationId: outcome.registration.id, status: outcome.registration.status }, 'registration');
      return { registration: await withSession(context.em, outcome.registration), cancelCode };
    },
  }),
);

/** Who took the freed place: shown to the person who cancelled only as a count, never a name. */
const CancelledRegistrationRef = builder
  .objectRef<{ registration: Registration; movedUp: boolean }>('CancelledRegistration')
  .implement({
    description: 'A cancelled registration, and whether the first on the waiting list moved up into the freed place.',
    fields: (t) => ({
      registration: t.field({ type: RegistrationRef, resolve: (result) => result.registration }),
      movedUp: t.exposeBoolean('movedUp', { description: 'True when someone on the waiting list got the place (they are told as they asked).' }),
    }),
  });

async function cancelAnswer(context: RequestContext, outcome: Awaited<ReturnType<typeof cancelRegistration>>, notFoundKey: string) {
  if (outcome.kind === 'refused') {
    if (outcome.reason === 'PAST') throw new RegistrationClosedFailure(context.t('error.registration.cancelPast'), 'PAST');
    throw new NotFoundFailure(context.t(notFoundKey));
  }
  if (outcome.promoted) context.log.info({ registrationId: outcome.promoted.id }, 'moved up from the waiting list');
  return { registration: await withSession(context.em, await context.em.findOneOrFail(Registration, { id: outcome.registration.id })), movedUp: outcome.promoted !== null };
}

builder.mutationField('cancelRegistration', (t) =>
  t.field({
    type: CancelledRegistrationRef,
    description: 'Cancels a registration ("avboka") of oneself or a person one represents. A freed place goes to the first on the waiting list at once.',
    authScopes: { citizen: true },
    errors: { types: [RegistrationClosedFailure], union: { description: 'The cancelled registration, or why not.' }, result: { description: 'Cancelled.' }, dataField: { description: 'The cancelled registration.' } },
    args: { registrationId: t.arg.id({ required: true, validate: idSchema }) },
    resolve: async (_root, { registrationId }, context) => {
      const outcome = await cancelRegistration(context.em, { id: registrationId }, (registration) => mayActOnRegistration(context.actor, { personId: registration.personId ?? null }));
      return cancelAnswer(context, outcome, 'error.registration.registrationNotFound');
    },
  }),
);

builder.mutationField('cancelRegistrationByCode', (t) =>
  t.field({
    type: CancelledRegistrationRef,
    description: 'Cancels a registration made without signing in, with the cancel code given then. Rate-limited per address.',
    authScopes: { public: true },
    errors: { types: [RegistrationClosedFailure], union: { description: 'The cancelled registration, or why not.' }, result: { description: 'Cancelled.' }, dataField: { description: 'The cancelled registration.' } },
    args: { code: t.arg.string({ required: true, validate: text({ max: 20 }).pipe(z.string().refine((code) => normaliseCancelCode(code) !== null, 'validation.registration.cancelCode')) }) },
    resolve: async (_root, { code }, context) => {
      const subject = rateLimitSubject(context);
      if (subject) await enforceRateLimit(context, cancelCodeRateLimit(), subject, 'error.rateLimited.cancelCode');
      const hash = hashCancelCode(normaliseCancelCode(code)!);
      const outcome = await cancelRegistration(context.em, { cancelCodeHash: hash }, (registration) => registration.personId === null);
      return cancelAnswer(context, outcome, 'error.registration.cancelCodeUnknown');
    },
  }),
);

const RegistrationPage = definePage(builder, 'Registration', RegistrationRef);

builder.queryField('myRegistrations', (t) =>
  t.field({
    type: RegistrationPage,
    description: '"Mina anmälningar": the registrations of the signed-in person and of those they represent, active ones first, soonest session first.',
    authScopes: { citizen: true },
    args: { ...pageArgs(t.arg), includeCancelled: t.arg.boolean({ defaultValue: false, required: true }) },
    resolve: async (_root, args, context) => {
      if (!isPerson(context.actor)) return toPage([], 0, args);
      const where = { personId: { $in: personScope(context.actor) }, ...(args.includeCancelled ? {} : { status: { $in: ['REGISTERED', 'WAITING'] as const } }) };
      const [nodes, totalCount] = await context.em.findAndCount(Registration, where as never, {
        populate: ['session.offering', 'session.venue'],
        orderBy: { session: { startsAt: 'asc' }, id: 'asc' },
        offset: args.offset,
        limit: args.limit,
      });
      return toPage(nodes, totalCount, args);
    },
  }),
);

type Availability = { sessionId: string; open: boolean; closedReason: RegistrationRefusal | 'ALREADY_REGISTERED' | null; message: string | null; capacity: number | null; placesLeft: number; waitingCount: number; myRegistration: Registration | null };

const AvailabilityRef = builder.objectRef<Availability>('RegistrationAvailability').implement({
  description: 'Whether a session takes registrations now, how many places are left and how many wait.',
  fields: (t) => ({
    sessionId: t.exposeID('sessionId'),
    open: t.exposeBoolean('open', { description: 'Takes a registration now (full sessions too: then onto the waiting list).' }),
    closedReason: t.field({ type: RegistrationClosedReasonEnum, nullable: true, resolve: (value) => value.closedReason }),
    message: t.string({ nullable: true, description: 'Why not, in the reader\'s language, with what to do instead.', resolve: (value) => value.message }),
    capacity: t.int({ nullable: true, resolve: (value) => value.capacity }),
    placesLeft: t.exposeInt('placesLeft'),
    waitingCount: t.exposeInt('waitingCount'),
    myRegistration: t.field({ type: RegistrationRef, nullable: true, description: "Signed in: the person's own active registration on this session.", resolve: (value) => value.myRegistration }),
  }),
});

builder.queryField('registrationAvailability', (t) =>
  t.field({
    type: AvailabilityRef,
    nullable: true,
    description: 'Places left and the waiting list of a published session; null when there is no such published session.',
    authScopes: { public: true },
    args: { sessionId: t.arg.id({ required: true, validate: idSchema }) },
    resolve: async (_root, { sessionId }, context) => {
      const session = await context.em.findOne(Session, { id: sessionId });
      if (!session) return null;
      const offering = await context.em.findOneOrFail(Offering, { id: session.offering.id });
      const now = new Date();
      let reason: Availability['closedReason'] = registrationRefusal(registrableFacts(session, offering), now);
      if (reason === 'NOT_FOUND') return null;
      const myRegistration = isPerson(context.actor) ? await activeRegistrationOf(context.em, session.id, context.actor.personId) : null;
      if (!reason && myRegistration) reason = 'ALREADY_REGISTERED';
      const waitingCount = await context.em.count(Registration, { session, status: 'WAITING' });
      return {
        sessionId: session.id,
        open: reason === null,
        closedReason: reason,
        message: reason ? context.t(REFUSAL_MESSAGES[reason]) : null,
        capacity: session.capacity ?? null,
        placesLeft: Math.max(0, (session.capacity ?? 0) - session.registeredCount),
        waitingCount,
        myRegistration: myRegistration ? await withSession(context.em, myRegistration) : null,
      };
    },
  }),
);
