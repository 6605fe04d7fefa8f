import { describe, expect, it } from 'vitest';
import { emptyNewVenue, newVenueSchema, offeringTextSchema, seriesSchema, emptySeries, toCreateVenueInput, toSeriesInput, sessionSchema } from './editor-forms.ts';

describe('the editor forms', () => {
  it('needs a Swedish title, and a title in another language unless every field is empty', () => {
    expect(offeringTextSchema('SV').safeParse({ title: '', summary: '', description: '' }).success).toBe(false);
    expect(offeringTextSchema('FI').safeParse({ title: '', summary: '', description: '' }).success).toBe(true);
    const partial = offeringTextSchema('FI').safeParse({ title: '', summary: 'Vain tiivistelmä', description: '' });
    expect(partial.error?.issues[0]).toMatchObject({ path: ['title'], message: 'form.title' });
  });

  it('keeps typed HTML as text', () => {
    const parsed = offeringTextSchema('SV').parse({ title: '<b>x</b>', summary: '', description: '<script>alert(1)</script>' });
    expect(parsed.description).toBe('<script>alert(1)</script>');
  });

  it('checks a series: an end after the start, weeks or a last date, a weekday', () => {
    const bad = seriesSchema.safeParse({ ...emptySeries('2027-03-15'), weeks: '', endTime: '09:00' });
    expect(bad.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['weekdays', 'form.weekdays'],
      ['endTime', 'form.endBeforeStart'],
      ['weeks', 'form.length'],
    ]);
    const good = seriesSchema.parse({ ...emptySeries('2027-03-15'), weekdays: ['3', '1'], capacity: '10' });
    expect(toSeriesInput('o1', good)).toMatchObject({ offeringId: 'o1', weeks: 10, lastDate: null, weekdays: [1, 3], capacity: 10, room: null, skipHolidays: true });
  });

  it('checks a session edit', () => {
    expect(sessionSchema.safeParse({ day: '2027-03-15', startTime: '10:00', endTime: '11:00', capacity: '0', room: '', price: '' }).success).toBe(false);
    expect(sessionSchema.safeParse({ day: '2027-03-15', startTime: '10:00', endTime: '11:00', capacity: '', room: '', price: '' }).success).toBe(true);
  });

  it('needs a new venue’s name, address, postcode, opening hours and description, and sends them as its Swedish text', () => {
    const empty = newVenueSchema.safeParse(emptyNewVenue());
    expect(empty.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['name', 'streetAddress', 'postalCode', 'area', 'openingHours', 'description']);
    const venue = newVenueSchema.parse({
      ...emptyNewVenue(), name: 'Träffpunkt Solberga', streetAddress: 'Solbergavägen 1', postalCode: '125 50', area: 'Solberga', phone: '',
      openingHours: 'Tisdag–torsdag 10–15.', description: 'Kaffe och samtal.', stepFree: true,
    });
    expect(toCreateVenueInput(venue)).toEqual({
      facts: {
        kind: 'MEETING_PLACE', name: 'Träffpunkt Solberga', streetAddress: 'Solbergavägen 1', postalCode: '125 50', city: 'Stockholm', district: 'Hägersten-Älvsjö', area: 'Solberga',
        phone: null, email: null, stepFree: true, hearingLoop: false, accessibleToilet: false,
      },
      texts: [{ language: 'SV', openingHours: 'Tisdag–torsdag 10–15.', description: 'Kaffe och samtal.', holidayHours: '', directions: '', accessibility: '' }],
    });
  });
});
