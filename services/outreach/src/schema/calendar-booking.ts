import { isUuid } from '@omsorg/platform';
import { calendarBooking } from '../calendar/views.ts';
import { calendarWorker } from '../calendar/workers.ts';
import { mayViewCalendar } from '../domain/access.ts';
import { builder } from './builder.ts';
import { CalendarSlotRef } from './calendar-types.ts';

builder.queryField('outreachBookingSlot', (t) =>
  t.field({
    type: CalendarSlotRef,
    nullable: true,
    description:
      'One booking with its time, as the worker\'s calendar shows it (whom, when, where): the conversation page\'s heading before anything is recorded. Null when there is no such booking or it is not in a calendar you may see (OUTREACH staff of the worker\'s unit, and the worker). The read is logged for the person to see.',
    authScopes: { staff: true },
    args: { bookingId: t.arg.id({ required: true }) },
    resolve: async (_root, { bookingId }, context) => {
      if (context.actor.kind !== 'staff' || !isUuid(String(bookingId))) return null;
      const actor = context.actor;
      return calendarBooking(context, String(bookingId), async (workerId) => {
        const worker = await calendarWorker(context.em, workerId);
        return worker !== null && mayViewCalendar(actor, worker);
      });
    },
  }),
);
