import { defineEntity, p } from '@mikro-orm/core';

/** Why a letter goes by post: a booking confirmed, moved or cancelled (later: invitation reminders…). */
export const OUTGOING_LETTER_KINDS = ['BOOKING_CONFIRMED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED'] as const;
export type OutgoingLetterKind = (typeof OUTGOING_LETTER_KINDS)[number];

/**
 * A letter to print and post to someone with no e-mail address. Its PDF is kept by the letter
 * store (letters-to-post/store.ts), so listing never loads the bytes. Staff of `unit` print the
 * unprinted ones as one file ("Brev att skicka"); printing sets `printedAt`.
 */
export const OutgoingLetterSchema = defineEntity({
  name: 'OutgoingLetter',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    /** The addressee (identity's Person id). */
    personId: p.uuid().index(),
    bookingId: p.uuid().nullable().index(),
    kind: p.enum(OUTGOING_LETTER_KINDS),
    /** The outreach unit that sends and prints it (the campaign's unit). */
    unit: p.string().length(200),
    /** Where the PDF's bytes are: `postgres` (outgoing_letter_content) or `s3`. */
    storage: p.string().length(16).default('postgres'),
    sizeBytes: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
    printedAt: p.datetime().nullable(),
  },
  indexes: [
    {
      name: 'outgoing_letter_unprinted',
      expression: `create index "outgoing_letter_unprinted" on "outreach"."outgoing_letter" ("unit", "created_at") where "printed_at" is null`,
    },
  ],
});

export class OutgoingLetter extends OutgoingLetterSchema.class {}
OutgoingLetterSchema.setClass(OutgoingLetter);

/** The PDF of an outgoing letter kept in PostgreSQL (the default store). */
export const OutgoingLetterContentSchema = defineEntity({
  name: 'OutgoingLetterContent',
  properties: {
    letterId: p.uuid().primary(),
    content: p.blob(),
  },
});

export class OutgoingLetterContent extends OutgoingLetterContentSchema.class {}
OutgoingLetterContentSchema.setClass(OutgoingLetterContent);
