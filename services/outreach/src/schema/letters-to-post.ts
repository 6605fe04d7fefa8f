import { OUTREACH_READS } from '../domain/outreach-reads.ts';
import { accessDenied, definePage, logAccess, pageArgs, toPage, ValidationFailure } from '@omsorg/platform';
import { z } from 'zod';
import { letterUnitOf } from '../domain/access.ts';
import { OUTGOING_LETTER_KINDS, OutgoingLetter } from '../entities/outgoing-letter.ts';
import { Resident } from '../entities/resident.ts';
import type { Slot } from '../entities/slot.ts';
import { markPrinted, MAX_LETTERS_PER_PRINT } from '../letters-to-post/print.ts';
import { residentName } from '../domain/resident-name.ts';
import { FALLBACK_LETTER_UNIT } from '../notices/booking-facts.ts';
import { activeBookingsOn } from '../notices/day-before.ts';
import { builder } from './builder.ts';

/*
 * "Brev att skicka": the letters to post of the staff member's unit, and whom to phone the day
 * before. Every read of a person's name is access-logged. The print file itself is an HTTP route
 * (letters-to-post/http.ts): GraphQL carries no files.
 */

type LetterRow = { letter: OutgoingLetter; recipientName: string };

const OutgoingLetterKindEnum = builder.enumType('OutgoingLetterKind', {
  description: 'Why a letter goes by post.',
  values: {
    BOOKING_CONFIRMED: { description: 'A booked health conversation confirmed ("bokningsbekräftelse").' },
    BOOKING_RESCHEDULED: { description: 'A conversation moved to a new time ("ny tid").' },
    BOOKING_CANCELLED: { description: 'A conversation cancelled ("avbokning").' },
  } satisfies Record<(typeof OUTGOING_LETTER_KINDS)[number], { description: string }>,
});

const OutgoingLetterRef = builder.objectRef<LetterRow>('OutgoingLetter').implement({
  description: 'A letter to print and post to someone without an e-mail address ("brev att skicka").',
  fields: (t) => ({
    id: t.id({ resolve: (row) => row.letter.id }),
    kind: t.field({ type: OutgoingLetterKindEnum, resolve: (row) => row.letter.kind }),
    recipientName: t.string({ description: 'The addressee, as identity has the name.', resolve: (row) => row.recipientName }),
    createdAt: t.string({ description: 'When the letter was made (ISO 8601).', resolve: (row) => row.letter.createdAt.toISOString() }),
    sizeKilobytes: t.int({ description: 'The PDF in kilobytes, rounded up.', resolve: (row) => Math.ceil(row.letter.sizeBytes / 1024) }),
  }),
});

const OutgoingLetterPage = definePage(builder, 'OutgoingLetter', OutgoingLetterRef);

builder.queryField('outreachLettersToPost', (t) =>
  t.field({
    type: OutgoingLetterPage,
    description: `The unprinted letters to post of the staff member’s unit, newest first ("brev att skicka"). One print file takes the oldest ${MAX_LETTERS_PER_PRINT}. For the unit’s outreach staff only; each name read is logged.`,
    authScopes: { role: 'OUTREACH' },
    args: pageArgs(t.arg),
    resolve: async (_root, args, context) => {
      const unit = letterUnitOf(context.actor);
      if (!unit) throw accessDenied(context);
      const [letters, totalCount] = await context.em.findAndCount(
        OutgoingLetter,
        { unit, printedAt: null },
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit: args.limit, offset: args.offset },
      );
      const residents = await context.em.find(Resident, { id: { $in: letters.map((letter) => letter.personId) } });
      const names = new Map(residents.map((resident) => [resident.id, residentName(resident)]));
      await logAccess(context, letters.map((letter) => ({ personId: letter.personId, resource: OUTREACH_READS.LETTER, resourceId: letter.id })));
      return toPage(
        letters.map((letter) => ({ letter, recipientName: names.get(letter.personId) ?? '' })),
        totalCount,
        args,
      );
    },
  }),
);

type CallRow = { bookingId: string; name: string; startsAt: Date; kind: string; placeName: string | null };

const ReminderCallRef = builder.objectRef<CallRow>('OutreachReminderCall').implement({
  description: 'Someone with a conversation on the day who has no e-mail: staff phone them the day before.',
  fields: (t) => ({
    bookingId: t.id({ resolve: (row) => row.bookingId }),
    name: t.string({ resolve: (row) => row.name }),
    startsAt: t.string({ description: 'ISO 8601.', resolve: (row) => row.startsAt.toISOString() }),
    kind: t.string({ description: 'MEETING_PLACE, HEALTH_CENTRE, HOME, PHONE or VIDEO.', resolve: (row) => row.kind }),
    placeName: t.string({ nullable: true, resolve: (row) => row.placeName }),
  }),
});

const ReminderCallPage = definePage(builder, 'OutreachReminderCall', ReminderCallRef);

const DAY = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

builder.queryField('outreachRemindersToCall', (t) =>
  t.field({
    type: ReminderCallPage,
    description: 'Whom to phone about their conversation on `date` (YYYY-MM-DD, Stockholm): the active bookings of the unit whose person has no e-mail, earliest first. Access-logged.',
    authScopes: { role: 'OUTREACH' },
    args: { date: t.arg.string({ required: true, validate: DAY }), ...pageArgs(t.arg) },
    resolve: async (_root, args, context) => {
      const unit = letterUnitOf(context.actor);
      if (!unit) throw accessDenied(context);
      const bookings = (await activeBookingsOn(context.em, args.date)).filter((booking) => (booking.campaign?.unit ?? FALLBACK_LETTER_UNIT) === unit);
      const residents = await context.em.find(Resident, { id: { $in: bookings.map((booking) => booking.personId) } });
      const withoutMail = new Map(residents.filter((resident) => !resident.email).map((resident) => [resident.id, resident]));
      const rows = bookings
        .filter((booking) => withoutMail.has(booking.personId))
        .map((booking) => {
          const slot = booking.slot as unknown as Slot;
          return { bookingId: booking.id, name: residentName(withoutMail.get(booking.personId)!), startsAt: slot.startsAt, kind: slot.kind, placeName: slot.placeName ?? null };
        });
      const page = rows.slice(args.offset, args.offset + args.limit);
      await logAccess(context, page.map((row) => ({ personId: bookings.find((booking) => booking.id === row.bookingId)!.personId, resource: OUTREACH_READS.BOOKING, resourceId: row.bookingId })));
      return toPage(page, rows.length, args);
    },
  }),
);

const MarkLettersPrintedInput = builder.inputType('MarkOutreachLettersPrintedInput', {
  fields: (t) => ({
    upTo: t.string({
      required: true,
      validate: z.iso.datetime({ offset: true }),
      description: 'The print file’s cutoff (the newest letter’s createdAt when the file was downloaded): the same letters are marked.',
    }),
  }),
});

const LettersPrinted = builder.objectRef<{ printedCount: number }>('OutreachLettersPrinted').implement({
  fields: (t) => ({ printedCount: t.exposeInt('printedCount', { description: 'Letters marked printed now.' }) }),
});

builder.mutationField('markOutreachLettersPrinted', (t) =>
  t.field({
    type: LettersPrinted,
    description: `Marks the letters of the last print file printed ("utskrivna"): the unit’s unprinted letters made at or before upTo, the oldest ${MAX_LETTERS_PER_PRINT}. Errors: ValidationError.`,
    authScopes: { role: 'OUTREACH' },
    errors: {},
    args: { input: t.arg({ type: MarkLettersPrintedInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const unit = letterUnitOf(context.actor);
      if (!unit) throw accessDenied(context);
      const upTo = new Date(input.upTo);
      if (Number.isNaN(upTo.getTime())) throw new ValidationFailure(context.t('validation.summary'), [{ field: 'upTo', message: context.t('validation.summary') }]);
      return { printedCount: await markPrinted(context.em, unit, upTo) };
    },
  }),
);
