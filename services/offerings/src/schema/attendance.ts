import { accessDenied, type AccessLogOpening, addOpeningsField, ConflictFailure, definePage, execute, idSchema, NotFoundFailure, pageArgs, type RequestContext, shortText, toPage } from '@omsorg/platform';
import { z } from 'zod';
import { offeringsDatabase } from '../database.ts';
import { mayReadAttendanceReport, mayReadRegistrationOpenings, maySeeRegistrations } from '../domain/access.ts';
import { Offering } from '../entities/offering.ts';
import { Registration } from '../entities/registration.ts';
import { Session } from '../entities/session.ts';
import { attendanceReport, type AttendanceRow, type GenderSplit } from '../registrations/attendance-report.ts';
import { logRegistrationReads, REGISTRATION_READ } from '../registrations/registration-reads.ts';
import { builder } from './builder.ts';
import { PersonRef, StaffMemberRef } from './external-refs.ts';
import { withSession } from './registration.ts';
import { AttendanceGenderEnum, RegisteredSessionRef, RegistrationRef } from './registration-types.ts';

/*
 * The organiser's side of registrations: the list of a session (personal data, logged per
 * signed-in person), attendance, walk-ins and the monthly report. Only the organiser unit's
 * activities staff (maySeeRegistrations); anyone else gets FORBIDDEN, or NotFound on a mutation.
 */

/** The session, if the actor may see its registrations; throws FORBIDDEN otherwise (a missing session too, so ids are not probed). */
async function organisedSession(context: RequestContext, sessionId: string): Promise<Session> {
  const session = await context.em.findOne(Session, { id: sessionId }, { populate: ['offering', 'venue'] });
  if (!session || !maySeeRegistrations(context.actor, session.offering as unknown as Offering)) throw accessDenied(context);
  return session;
}

type SessionAttendance = { session: Session; waitingCount: number; noticesToSend: Registration[] };

const SessionAttendanceRef = builder.objectRef<SessionAttendance>('SessionAttendance').implement({
  description: 'A session as its organiser takes attendance: places, the waiting list, walk-ins, and people moved up who are to get a letter or a call.',
  fields: (t) => ({
    session: t.field({ type: RegisteredSessionRef, resolve: (value) => value.session }),
    version: t.int({ description: "The session's version, for recordWalkIns.", resolve: (value) => value.session.version }),
    waitingCount: t.exposeInt('waitingCount'),
    walkInWomen: t.int({ resolve: (value) => value.session.walkInWomen }),
    walkInMen: t.int({ resolve: (value) => value.session.walkInMen }),
    walkInUnknown: t.int({ resolve: (value) => value.session.walkInUnknown }),
    noticesToSend: t.field({
      type: [RegistrationRef],
      description: 'People moved up from the waiting list who asked for a letter (print it: /offerings-letters/<id>.pdf) or a phone call.',
      resolve: (value) => value.noticesToSend,
    }),
  }),
});

async function sessionAttendance(context: RequestContext, session: Session): Promise<SessionAttendance> {
  const waitingCount = await context.em.count(Registration, { session, status: 'WAITING' });
  const noticesToSend = await context.em.find(
    Registration,
    { session, status: 'REGISTERED', promotedAt: { $ne: null }, noticeBy: { $in: ['LETTER', 'PHONE'] } },
    { orderBy: { promotedAt: 'asc' }, populate: ['session.offering', 'session.venue'] },
  );
  await logRegistrationReads(context, noticesToSend);
  return { session, waitingCount, noticesToSend };
}

builder.queryField('sessionAttendance', (t) =>
  t.field({
    type: SessionAttendanceRef,
    description: "A session's places, waiting list and walk-ins, for its organiser unit's activities staff.",
    authScopes: { role: 'ACTIVITIES' },
    args: { sessionId: t.arg.id({ required: true, validate: idSchema }) },
    resolve: async (_root, { sessionId }, context) => sessionAttendance(context, await organisedSession(context, sessionId)),
  }),
);

const SessionRegistrationPage = definePage(builder, 'SessionRegistration', RegistrationRef);

builder.queryField('sessionRegistrations', (t) =>
  t.field({
    type: SessionRegistrationPage,
    description: "A session's registrations: registered first (in the order they came), then the waiting list in order, then cancelled. For the organiser unit's activities staff; each read of a signed-in person's registration is logged for them.",
    authScopes: { role: 'ACTIVITIES' },
    args: { sessionId: t.arg.id({ required: true, validate: idSchema }), ...pageArgs(t.arg) },
    resolve: async (_root, args, context) => {
      const session = await organisedSession(context, args.sessionId);
      const [ids, totalCount] = await Promise.all([
        execute<Array<{ id: string }>>(
          context.em,
          `select id from "offerings"."registration" where session_id = ?
           order by case status when 'REGISTERED' then 0 when 'WAITING' then 1 else 2 end, waiting_position nulls first, created_at, id
           offset ? limit ?`,
          [session.id, args.offset, args.limit],
        ),
        context.em.count(Registration, { session }),
      ]);
      const found = await context.em.find(Registration, { id: { $in: ids.map((row) => row.id) } }, { populate: ['session.offering', 'session.venue'] });
      const byId = new Map(found.map((registration) => [registration.id, registration]));
      const nodes = ids.map((row) => byId.get(row.id)!).filter(Boolean);
      await logRegistrationReads(context, nodes);
      return toPage(nodes, totalCount, args);
    },
  }),
);

builder.mutationField('recordAttendance', (t) =>
  t.field({
    type: RegistrationRef,
    description: 'Marks whether a registered person came ("närvaro"), and their gender for the report when known.',
    authScopes: { role: 'ACTIVITIES' },
    errors: { union: { description: 'The registration, or what went wrong.' }, result: { description: 'Attendance recorded.' }, dataField: { description: 'The registration.' } },
    args: {
      registrationId: t.arg.id({ required: true, validate: idSchema }),
      attended: t.arg.boolean({ required: true }),
      gender: t.arg({ type: AttendanceGenderEnum, description: 'Left out: kept as it is.' }),
    },
    resolve: async (_root, args, context) => {
      const registration = await context.em.findOne(Registration, { id: args.registrationId }, { populate: ['session.offering', 'session.venue'] });
      const session = registration?.session as unknown as Session | undefined;
      if (!registration || !session || !maySeeRegistrations(context.actor, session.offering as unknown as Offering)) throw new NotFoundFailure(context.t('error.registration.registrationNotFound'));
      registration.attended = args.attended;
      if (args.gender) registration.gender = args.gender;
      await context.em.flush();
      await logRegistrationReads(context, [registration]);
      return withSession(context.em, registration);
    },
  }),
);

const count = z.number().int().min(0).max(10_000);

builder.mutationField('recordWalkIns', (t) =>
  t.field({
    type: SessionAttendanceRef,
    description: 'Records how many came without registering ("drop-in"), women, men and unknown. Takes the version read; a stale one answers ConflictError.',
    authScopes: { role: 'ACTIVITIES' },
    errors: { union: { description: 'The session, or what went wrong.' }, result: { description: 'Walk-ins recorded.' }, dataField: { description: 'The session as the organiser sees it.' } },
    args: {
      sessionId: t.arg.id({ required: true, validate: idSchema }),
      women: t.arg.int({ required: true, validate: count }),
      men: t.arg.int({ required: true, validate: count }),
      unknown: t.arg.int({ required: true, validate: count }),
      version: t.arg.int({ required: true }),
    },
    resolve: async (_root, args, context) => {
      const session = await context.em.findOne(Session, { id: args.sessionId }, { populate: ['offering', 'venue'] });
      if (!session || !maySeeRegistrations(context.actor, session.offering as unknown as Offering)) throw new NotFoundFailure(context.t('error.registration.notFound'));
      const updated = await context.em.nativeUpdate(
        Session,
        { id: session.id, version: args.version },
        { walkInWomen: args.women, walkInMen: args.men, walkInUnknown: args.unknown, version: args.version + 1 },
      );
      if (updated !== 1) throw new ConflictFailure(context.t('error.registration.walkInConflict'), session.version);
      await context.em.refresh(session);
      return sessionAttendance(context, session);
    },
  }),
);

const GenderSplitRef = builder.objectRef<GenderSplit>('GenderSplit').implement({
  description: 'People counted as women, men and not known.',
  fields: (t) => ({ women: t.exposeInt('women'), men: t.exposeInt('men'), unknown: t.exposeInt('unknown'), total: t.exposeInt('total') }),
});

const AttendanceRowRef = builder.objectRef<AttendanceRow>('AttendanceRow').implement({
  description: 'One session in the attendance report.',
  fields: (t) => ({
    sessionId: t.exposeID('sessionId'),
    title: t.exposeString('title'),
    startsAt: t.string({ resolve: (row) => row.startsAt.toISOString() }),
    registered: t.exposeInt('registered'),
    attended: t.field({ type: GenderSplitRef, resolve: (row) => row.attended }),
    walkIns: t.field({ type: GenderSplitRef, resolve: (row) => row.walkIns }),
  }),
});

type Report = Awaited<ReturnType<typeof attendanceReport>>;

const AttendanceReportRef = builder.objectRef<Report>('AttendanceReport').implement({
  description: "A unit's attendance in a month: sessions, registered, attended and walk-ins, split women / men / unknown. CSV: /offerings-attendance/<YYYY-MM>.csv.",
  fields: (t) => ({
    month: t.exposeString('month'),
    sessions: t.int({ resolve: (report) => report.totals.sessions }),
    registered: t.int({ resolve: (report) => report.totals.registered }),
    attended: t.field({ type: GenderSplitRef, resolve: (report) => report.totals.attended }),
    walkIns: t.field({ type: GenderSplitRef, resolve: (report) => report.totals.walkIns }),
    rows: t.field({ type: [AttendanceRowRef], resolve: (report) => report.rows }),
  }),
});

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

builder.queryField('attendanceReport', (t) =>
  t.field({
    type: AttendanceReportRef,
    description: "Attendance per session in a month (Stockholm time) for the staff member's own unit.",
    authScopes: { role: 'ACTIVITIES' },
    args: { month: t.arg.string({ required: true, validate: shortText().pipe(z.string().regex(MONTH, 'error.registration.month')) }) },
    resolve: async (_root, { month }, context) => {
      if (!mayReadAttendanceReport(context.actor)) throw accessDenied(context);
      return attendanceReport(context.em, context.actor.unit, month);
    },
  }),
);

type RegistrationOpening = { entry: AccessLogOpening; title: string | null };

const RegistrationOpeningRef = builder.objectRef<RegistrationOpening>('RegistrationOpening').implement({
  description: 'A member of staff read a registration of the person ("läste din anmälan"): the organiser of an activity.',
  fields: (t) => ({
    at: t.string({ description: 'ISO 8601 timestamp.', resolve: (opening) => opening.entry.at.toISOString() }),
    what: t.string({ nullable: true, description: 'The activity registered for, by its Swedish title.', resolve: (opening) => opening.title }),
    staff: t.field({ type: StaffMemberRef, resolve: (opening) => ({ id: opening.entry.staffId }) }),
  }),
});

addOpeningsField(builder, {
  person: PersonRef,
  field: 'offeringsOpenings',
  description: 'Which members of staff read this person\'s registrations for activities, newest first. For the person and their representatives.',
  opening: RegistrationOpeningRef,
  name: 'RegistrationOpening',
  schema: offeringsDatabase.schema,
  resources: [REGISTRATION_READ],
  mayRead: mayReadRegistrationOpenings,
  toOpenings: async (em, entries) => {
    const ids = [...new Set(entries.map((entry) => entry.resourceId).filter((id): id is string => id !== null))];
    const registrations = ids.length > 0 ? await em.find(Registration, { id: { $in: ids } }, { populate: ['session.offering'] }) : [];
    const titles = new Map(registrations.map((registration) => [registration.id, ((registration.session as unknown as Session).offering as unknown as Offering).texts.sv.title]));
    return entries.map((entry) => ({ entry, title: (entry.resourceId && titles.get(entry.resourceId)) || null }));
  },
});
