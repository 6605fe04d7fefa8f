import { pdfText } from '@omsorg/letters/testing';
import { startSmtpCatcher, type SmtpCatcher } from '@omsorg/letters/smtp-catcher';
import { pollUntil, startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Booking } from '../entities/booking.ts';
import { BookingNotice } from '../entities/booking-notice.ts';
import { OutgoingLetter } from '../entities/outgoing-letter.ts';
import { Resident } from '../entities/resident.ts';
import { Slot } from '../entities/slot.ts';
import { letterContents } from '../letters-to-post/store.ts';
import { outreachService } from '../service.ts';
import { enqueueBookingNotice } from './booking-notice.ts';
import { sendBookingNotice } from './booking-notice-job.ts';
import { sendDayBeforeReminders } from './day-before.ts';

const WORKER = '5a1e0c7d-3b2f-4e6a-9d8c-7b6a5f4e3d21';

let subgraph: TestSubgraph;
let catcher: SmtpCatcher;
let previousSmtp: string | undefined;

beforeAll(async () => {
  catcher = await startSmtpCatcher();
  previousSmtp = process.env.SMTP_URL;
  process.env.SMTP_URL = catcher.url;
  subgraph = await startTestSubgraph(outreachService);
});

afterAll(async () => {
  if (previousSmtp === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = previousSmtp;
  await subgraph?.close();
  await catcher?.close();
});

async function resident(fields: { givenName: string; familyName: string; email: string | null; language?: string }): Promise<Resident> {
  const em = subgraph.orm.em.fork();
  const made = em.create(Resident, {
    id: crypto.randomUUID(),
    givenName: fields.givenName,
    familyName: fields.familyName,
    birthDate: '1951-09-23',
    legalGender: 'FEMALE',
    districtArea: 'Fruängen',
    preferredLanguage: fields.language ?? 'sv',
    interpreterNeeded: false,
    streetAddress: 'Fruängsgatan 12',
    postalCode: '129 52',
    postalTown: 'Hägersten',
    email: fields.email,
    updatedAt: new Date(),
  });
  await em.flush();
  return made;
}

async function booking(personId: string, startsAt: Date, status: 'ACTIVE' | 'CANCELLED' = 'ACTIVE'): Promise<Booking> {
  const em = subgraph.orm.em.fork();
  const slot = em.create(Slot, {
    workerId: WORKER,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3_600_000),
    kind: 'MEETING_PLACE',
    placeName: 'Träffpunkt Hägersten',
    placeAddress: 'Hägerstensvägen 110, Hägersten',
  });
  const made = em.create(Booking, { slot, personId, kind: 'MEETING_PLACE', status, interpreterLanguage: null, companion: null, bookedByStaffId: null, campaign: null, invitationId: null });
  await em.flush();
  return made;
}

describe('booking notices', () => {
  it('mails a booking with an e-mail address, with the calendar file, once however often the job runs', async () => {
    const birgitta = await resident({ givenName: 'Birgitta', familyName: 'Ek', email: 'birgitta.ek@example.se' });
    const booked = await booking(birgitta.id, new Date('2027-01-12T09:00:00Z'));
    const before = catcher.mails.length;
    await subgraph.orm.em.fork().transactional((em) => enqueueBookingNotice(em, { bookingId: booked.id, event: 'BOOKED' }));
    const mail = await catcher.next();
    expect(mail.to).toEqual(['birgitta.ek@example.se']);
    expect(mail.text).toContain('tisdag 12 januari 2027 klockan 10.00');
    expect(mail.attachments).toHaveLength(1);
    const ics = mail.attachments![0]!;
    expect(ics.contentType).toMatch(/^text\/calendar/);
    expect(ics.content).toContain(`UID:booking-${booked.id}@outreach.omsorg`);
    expect(ics.content).toContain('DTSTART:20270112T090000Z');
    expect(ics.content).toContain('SEQUENCE:0');
    // The job retried (or the same change handled again): nothing more is sent.
    expect(await sendBookingNotice(subgraph.orm.em.fork(), { bookingId: booked.id, event: 'BOOKED' })).toBe('ALREADY_SENT');
    await subgraph.settleJobs();
    expect(catcher.mails.length).toBe(before + 1);
    expect(await subgraph.orm.em.fork().count(BookingNotice, { bookingId: booked.id })).toBe(1);
  });

  it('a cancellation after the confirmation is the same calendar event, cancelled, one version up', async () => {
    const aino = await resident({ givenName: 'Aino', familyName: 'Virtanen', email: 'aino@example.fi', language: 'fi' });
    const booked = await booking(aino.id, new Date('2027-01-13T13:00:00Z'));
    await subgraph.orm.em.fork().transactional((em) => enqueueBookingNotice(em, { bookingId: booked.id, event: 'BOOKED' }));
    await catcher.next();
    await subgraph.orm.em.fork().nativeUpdate(Booking, { id: booked.id }, { status: 'CANCELLED' });
    await subgraph.orm.em.fork().transactional((em) => enqueueBookingNotice(em, { bookingId: booked.id, event: 'CANCELLED' }));
    const cancelled = await catcher.next();
    expect(cancelled.language).toBe('fi-FI');
    expect(cancelled.attachments?.[0]?.content).toMatch(/METHOD:CANCEL[\s\S]*SEQUENCE:1[\s\S]*STATUS:CANCELLED/);
  });

  it('without an e-mail address stores a letter to post whose PDF has the time written out', async () => {
    const karl = await resident({ givenName: 'Karl', familyName: 'Nilsson', email: null });
    const booked = await booking(karl.id, new Date('2027-01-14T08:30:00Z'));
    await subgraph.orm.em.fork().transactional((em) => enqueueBookingNotice(em, { bookingId: booked.id, event: 'BOOKED' }));
    const letters = await pollUntil(
      () => subgraph.orm.em.fork().find(OutgoingLetter, { bookingId: booked.id }),
      (found) => found.length > 0,
      15_000,
      'the letter to post',
    );
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ personId: karl.id, kind: 'BOOKING_CONFIRMED', printedAt: null, unit: expect.any(String) });
    const pdf = (await letterContents(subgraph.orm.em.fork(), letters)).get(letters[0]!.id)!;
    expect(letters[0]!.sizeBytes).toBe(pdf.length);
    const text = pdfText(pdf);
    expect(text).toContain('torsdag 14 januari 2027 klockan 09.30');
    expect(text).toContain('Karl Nilsson');
    expect(await sendBookingNotice(subgraph.orm.em.fork(), { bookingId: booked.id, event: 'BOOKED' })).toBe('ALREADY_SENT');
    expect(await subgraph.orm.em.fork().count(OutgoingLetter, { bookingId: booked.id })).toBe(1);
  });

  it('a move says the new time and the old one, and a second move is a second notice', async () => {
    const karl = await resident({ givenName: 'Karl', familyName: 'Berg', email: null });
    const first = await booking(karl.id, new Date('2027-01-15T09:00:00Z'), 'CANCELLED');
    const moved = await booking(karl.id, new Date('2027-01-18T09:00:00Z'));
    const oldSlot = (first.slot as unknown as Slot).id;
    expect(await sendBookingNotice(subgraph.orm.em.fork(), { bookingId: moved.id, event: 'RESCHEDULED', previousSlotId: oldSlot })).toBe('LETTER');
    expect(await sendBookingNotice(subgraph.orm.em.fork(), { bookingId: moved.id, event: 'RESCHEDULED', previousSlotId: oldSlot })).toBe('ALREADY_SENT');
    const [letter] = await subgraph.orm.em.fork().find(OutgoingLetter, { bookingId: moved.id });
    const text = pdfText((await letterContents(subgraph.orm.em.fork(), [letter!])).get(letter!.id)!);
    expect(text).toContain('måndag 18 januari 2027 klockan 10.00');
    expect(text).toContain('fredag 15 januari 2027 klockan 10.00');
  });

  it('a confirmation that a cancellation overtook sends nothing', async () => {
    const person = await resident({ givenName: 'Sven', familyName: 'Ålund', email: 'sven@example.se' });
    const booked = await booking(person.id, new Date('2027-01-19T09:00:00Z'), 'CANCELLED');
    expect(await sendBookingNotice(subgraph.orm.em.fork(), { bookingId: booked.id, event: 'BOOKED' })).toBe('NONE');
  });
});

describe('the reminder the day before', () => {
  it('at 23:30 UTC on the day before (00:30 in Stockholm) picks the bookings of the Stockholm tomorrow only, once', async () => {
    // 2027-01-20 23:30 UTC is 2027-01-21 00:30 in Stockholm: "tomorrow" is the 22nd.
    const now = new Date('2027-01-20T23:30:00Z');
    const early = await resident({ givenName: 'Early', familyName: 'Bird', email: 'early@example.se' });
    const late = await resident({ givenName: 'Late', familyName: 'Owl', email: 'late@example.se' });
    const today = await resident({ givenName: 'Today', familyName: 'Person', email: 'today@example.se' });
    const after = await resident({ givenName: 'After', familyName: 'Person', email: 'after@example.se' });
    const noMail = await resident({ givenName: 'Utan', familyName: 'Epost', email: null });
    // 22 January 00:15 Stockholm = 21 January 23:15 UTC: tomorrow, though the UTC day is the 21st.
    await booking(early.id, new Date('2027-01-21T23:15:00Z'));
    await booking(late.id, new Date('2027-01-22T16:00:00Z'));
    // 21 January in Stockholm (today there), and 23 January 00:30 Stockholm (22nd 23:30 UTC).
    await booking(today.id, new Date('2027-01-21T09:00:00Z'));
    await booking(after.id, new Date('2027-01-22T23:30:00Z'));
    await booking(noMail.id, new Date('2027-01-22T10:00:00Z'));
    const cancelled = await resident({ givenName: 'Called', familyName: 'Off', email: 'off@example.se' });
    await booking(cancelled.id, new Date('2027-01-22T11:00:00Z'), 'CANCELLED');

    const before = catcher.mails.length;
    expect(await sendDayBeforeReminders(subgraph.orm.em.fork(), now)).toBe(2);
    // Run again an hour later: nothing more.
    expect(await sendDayBeforeReminders(subgraph.orm.em.fork(), new Date('2027-01-21T00:30:00Z'))).toBe(0);
    await subgraph.settleJobs();
    const sent = catcher.mails.slice(before);
    expect(sent.map((mail) => mail.to[0]).sort()).toEqual(['early@example.se', 'late@example.se']);
    expect(sent.find((mail) => mail.to[0] === 'early@example.se')?.text).toContain('fredag 22 januari 2027 klockan 00.15');
  });
});
