import { OUTREACH_READS } from '../domain/outreach-reads.ts';
import { accessDenied, logAccess, NotFoundFailure, pageArgs, toPage, ValidationFailure, type RequestContext, type StaffActor } from '@omsorg/platform';
import { clockInStockholm, day, instantInStockholm } from '@omsorg/rules';
import { addDaysTo } from '@omsorg/rules/swedish-calendar';
import { z } from 'zod';
import { freeSlots } from '../bookings/free-slots.ts';
import { bookableResidents, residentSearch } from '../calendar/residents.ts';
import { calendarSlots } from '../calendar/views.ts';
import { calendarWorker, unitWorkerIds } from '../calendar/workers.ts';
import { doesOutreach, mayManageAvailability, mayViewCalendar } from '../domain/access.ts';
import { AvailabilityException, AvailabilityTemplate } from '../entities/availability.ts';
import { OutreachStaffMember } from '../entities/staff-member.ts';
import { builder } from './builder.ts';
import {
  AvailabilityExceptionPage,
  AvailabilityTemplatePage,
  BookableResidentPage,
  CalendarSlotPage,
  FreeSlotPage,
  MeetingKindEnum,
  OutreachWorkerPage,
} from './calendar-types.ts';

/** The signed-in outreach worker, or FORBIDDEN/UNAUTHENTICATED. */
export function outreachActor(context: RequestContext): StaffActor {
  if (!doesOutreach(context.actor)) throw accessDenied(context);
  return context.actor;
}

export function notFound(context: RequestContext): NotFoundFailure {
  return new NotFoundFailure(context.t('error.notFound'));
}

export function invalid(context: RequestContext, field: string, key: string, params?: Record<string, unknown>): ValidationFailure {
  return new ValidationFailure(context.t('validation.summary'), [{ field, message: context.t(key, params as never) }]);
}

/**
 * The workers whose calendar to show: the one asked for when the actor may see it (another
 * unit's worker, or an unknown one, is "not found"), else every outreach worker of the actor's unit.
 */
export async function calendarWorkers(context: RequestContext, actor: StaffActor, workerId: string | null | undefined): Promise<string[]> {
  if (!workerId) return unitWorkerIds(context.em, actor);
  const worker = await calendarWorker(context.em, workerId);
  if (!worker || !mayViewCalendar(actor, worker)) throw notFound(context);
  return [workerId];
}

/** The worker whose availability is to be read or changed (the actor by default); "not found" when not the actor's to manage. */
export async function availabilityWorker(context: RequestContext, actor: StaffActor, workerId: string | null | undefined): Promise<string> {
  const id = workerId ?? actor.staffId;
  const worker = await calendarWorker(context.em, id);
  if (!worker || !mayManageAvailability(actor, worker)) throw notFound(context);
  return id;
}

/** `days` days of the calendar from `from`, as outreachDay and outreachWeek answer them. */
async function calendarDays(context: RequestContext, args: { workerId?: string | null; offset: number; limit: number }, from: string, days: number) {
  const workers = await calendarWorkers(context, outreachActor(context), args.workerId);
  const page = await calendarSlots(context, workers, from, days, args);
  return toPage(page.nodes, page.totalCount, args);
}

const dayArg = day();

builder.queryFields((t) => ({
  outreachDay: t.field({
    type: CalendarSlotPage,
    description:
      'A day in the calendar ("dag"): the slots of one worker (or every outreach worker of your unit), by time, with their bookings and the booked persons’ names. Reading the persons is logged. OUTREACH staff of the unit.',
    authScopes: { role: 'OUTREACH' },
    errors: {},
    args: { date: t.arg.string({ required: true, validate: dayArg, description: 'YYYY-MM-DD, Stockholm.' }), workerId: t.arg.id(), ...pageArgs(t.arg) },
    resolve: (_root, args, context) => calendarDays(context, args, args.date, 1),
  }),
  outreachWeek: t.field({
    type: CalendarSlotPage,
    description: 'Seven days of the calendar from `weekStart` ("vecka"), as outreachDay. OUTREACH staff of the unit.',
    authScopes: { role: 'OUTREACH' },
    errors: {},
    args: { weekStart: t.arg.string({ required: true, validate: dayArg, description: 'The first day, YYYY-MM-DD (a Monday for a week).' }), workerId: t.arg.id(), ...pageArgs(t.arg) },
    resolve: (_root, args, context) => calendarDays(context, args, args.weekStart, 7),
  }),
  outreachWorkers: t.field({
    type: OutreachWorkerPage,
    description: 'The outreach workers of your unit, by name: whose calendars you can open.',
    authScopes: { role: 'OUTREACH' },
    args: pageArgs(t.arg),
    resolve: async (_root, args, context) => {
      const actor = outreachActor(context);
      const ids = await unitWorkerIds(context.em, actor);
      const [nodes, totalCount] = await context.em.findAndCount(OutreachStaffMember, { id: ids }, { orderBy: { name: 'asc', id: 'asc' }, limit: args.limit, offset: args.offset });
      return toPage(nodes, totalCount, args);
    },
  }),
  availabilityTemplates: t.field({
    type: AvailabilityTemplatePage,
    description: 'A worker’s weekly availability (yours by default), by weekday and time. The worker, or OUTREACH staff of their unit.',
    authScopes: { role: 'OUTREACH' },
    errors: {},
    args: { workerId: t.arg.id(), ...pageArgs(t.arg) },
    resolve: async (_root, args, context) => {
      const workerId = await availabilityWorker(context, outreachActor(context), args.workerId);
      const [nodes, totalCount] = await context.em.findAndCount(
        AvailabilityTemplate,
        { workerId },
        { orderBy: { weekday: 'asc', startTime: 'asc', id: 'asc' }, limit: args.limit, offset: args.offset },
      );
      return toPage(nodes, totalCount, args);
    },
  }),
  availabilityExceptions: t.field({
    type: AvailabilityExceptionPage,
    description: 'A worker’s time away from today on (yours by default), earliest first.',
    authScopes: { role: 'OUTREACH' },
    errors: {},
    args: { workerId: t.arg.id(), ...pageArgs(t.arg) },
    resolve: async (_root, args, context) => {
      const workerId = await availabilityWorker(context, outreachActor(context), args.workerId);
      const today = clockInStockholm().day;
      const [nodes, totalCount] = await context.em.findAndCount(
        AvailabilityException,
        { workerId, endsOn: { $gte: today } },
        { orderBy: { startsOn: 'asc', id: 'asc' }, limit: args.limit, offset: args.offset },
      );
      return toPage(nodes, totalCount, args);
    },
  }),
  outreachFreeSlots: t.field({
    type: FreeSlotPage,
    description: 'Free times of your unit’s outreach workers (or one of them) from a day for some days, earliest first: to book for someone who phoned, or to move a booking to.',
    authScopes: { role: 'OUTREACH' },
    errors: {},
    args: {
      kind: t.arg({ type: MeetingKindEnum }),
      fromDate: t.arg.string({ required: true, validate: dayArg }),
      days: t.arg.int({ defaultValue: 14, validate: z.number().int().min(1).max(62) }),
      workerId: t.arg.id(),
      ...pageArgs(t.arg),
    },
    resolve: async (_root, args, context) => {
      const actor = outreachActor(context);
      const workers = await calendarWorkers(context, actor, args.workerId);
      const from = instantInStockholm(args.fromDate, '00:00');
      const to = instantInStockholm(addDaysTo(args.fromDate, args.days ?? 14), '00:00');
      return freeSlots(context.em, { kind: args.kind ?? null, from, to, workerIds: workers }, args);
    },
  }),
  bookableResidents: t.field({
    type: BookableResidentPage,
    description:
      'Residents of your unit’s campaigns’ cohorts matching a name, a birth date (YYYY-MM-DD) or a personnummer (which gives the birth date): whom you may book for. The list is a read of their data and is logged.',
    authScopes: { role: 'OUTREACH' },
    errors: {},
    args: { search: t.arg.string({ required: true, validate: z.string().max(100) }), ...pageArgs(t.arg) },
    resolve: async (_root, args, context) => {
      const actor = outreachActor(context);
      const search = residentSearch(args.search);
      if (!search) throw invalid(context, 'search', 'calendar.search.tooShort');
      const page = await bookableResidents(context.em, actor.unit, search, args);
      await logAccess(context, page.nodes.map((resident) => ({ personId: resident.id, resource: OUTREACH_READS.RESIDENT, resourceId: resident.campaignId })));
      return toPage(page.nodes, page.totalCount, args);
    },
  }),
}));


