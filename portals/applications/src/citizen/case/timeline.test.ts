import { describe, expect, it } from 'vitest';
import { eventDetails, timelineEntries } from './timeline.ts';

const event = (id: string, at: string, type: string, data: object | null = null) => ({ id, at, type, data: data ? JSON.stringify(data) : null });

describe('timelineEntries', () => {
  it('tells the history oldest first', () => {
    const entries = timelineEntries([
      event('3', '2026-11-30T10:00:00.000Z', 'COMMUNICATED'),
      event('1', '2026-11-20T09:00:00.000Z', 'SUBMITTED'),
      event('2', '2026-11-21T09:00:00+01:00', 'TAKEN'),
    ]);
    expect(entries.map((e) => e.type)).toEqual(['SUBMITTED', 'TAKEN', 'COMMUNICATED']);
  });

  it('words an event type it does not know as "updated"', () => {
    expect(timelineEntries([event('1', '2026-11-20T09:00:00Z', 'SOMETHING_NEW')])[0]?.type).toBe('OTHER');
  });
});

describe('eventDetails', () => {
  it('picks what a sentence needs from the event data', () => {
    expect(eventDetails(JSON.stringify({ serviceType: 'SAFETY_ALARM', outcome: 'GRANTED' }))).toEqual({ serviceType: 'SAFETY_ALARM', outcome: 'GRANTED' });
    expect(eventDetails(JSON.stringify({ at: '2026-12-02T09:00:00.000Z', place: 'Hemma hos Signe' }))).toEqual({
      moment: '2026-12-02T09:00:00.000Z',
      place: 'Hemma hos Signe',
    });
    expect(eventDetails(JSON.stringify({ responseDueOn: '2026-12-04' }))).toEqual({ day: '2026-12-04' });
  });

  it('picks an attachment’s name and kind, and a chosen provider with who chose and how', () => {
    expect(eventDetails(JSON.stringify({ attachmentId: 'a1', purpose: 'RESPONSE', fileName: 'intyg.pdf', contentType: 'application/pdf', byStaff: false }))).toEqual({
      file: { name: 'intyg.pdf', purpose: 'RESPONSE' },
    });
    expect(eventDetails(JSON.stringify({ serviceType: 'HOME_CARE_PERSONAL', providerName: 'Kotihoiva Tukholma AB', madeBy: 'REPRESENTATIVE', channel: 'PORTAL' }))).toEqual({
      serviceType: 'HOME_CARE_PERSONAL',
      provider: { name: 'Kotihoiva Tukholma AB', byRepresentative: true, byPhone: false },
    });
    expect(eventDetails(JSON.stringify({ providerName: 'Söderljus AB', madeBy: 'PERSON', channel: 'PHONE' })).provider).toEqual({ name: 'Söderljus AB', byRepresentative: false, byPhone: true });
    expect(eventDetails(JSON.stringify({ fileName: 'x.pdf', purpose: 'SECRET' }))).toEqual({});
  });

  it('ignores data it cannot use', () => {
    expect(eventDetails('not json')).toEqual({});
    expect(eventDetails(null)).toEqual({});
    expect(eventDetails(JSON.stringify({ serviceType: 'TELEPORT', outcome: 'MAYBE', dueOn: 'soon' }))).toEqual({});
  });
});
