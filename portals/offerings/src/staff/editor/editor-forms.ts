import { isIsoDate } from '@omsorg/rules';
import { isClockTime, OFFERINGS_LIMITS, ROOM_MAX_LENGTH, CANCEL_REASON_MAX_LENGTH, SERIES_MAX_WEEKS } from '@omsorg/rules/offerings';
import { z } from 'zod';
import type { ContentLanguage, OfferingAudience, OfferingKind, VenueKind } from '../../generated/graphql.ts';

/** The editor's forms: their rules (keys under offerings.editor) and how values become mutation inputs. */

const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong');
const requiredText = (max: number, missing: string) => z.string().trim().min(1, { message: missing, abort: true }).max(max, 'validation.tooLong');
const optionalDay = z.string().trim().refine((value) => value === '' || isIsoDate(value), 'validation.day');
const wholeNumber = (message: string, min: number, max: number) =>
  z.string().trim().refine((value) => /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max, message);
const clock = z.string().trim().refine(isClockTime, 'form.time');

/** One language's texts of an offering: Swedish needs a title; another language needs one unless every field is empty (which removes it). */
export function offeringTextSchema(language: ContentLanguage) {
  return z
    .object({
      title: optionalText(OFFERINGS_LIMITS.title),
      summary: optionalText(OFFERINGS_LIMITS.summary),
      description: optionalText(OFFERINGS_LIMITS.text),
    })
    .superRefine((values, context) => {
      const anything = values.title || values.summary || values.description;
      if (!values.title && (language === 'SV' || anything)) context.addIssue({ code: 'custom', path: ['title'], message: 'form.title' });
    });
}
export type OfferingTextValues = z.input<ReturnType<typeof offeringTextSchema>>;

export const offeringFactsSchema = z.object({
  kind: z.string().min(1, 'form.kind'),
  audience: z.string().min(1),
  venueId: z.string().min(1, 'form.venue'),
  price: wholeNumber('form.price', 0, OFFERINGS_LIMITS.price),
  language: z.string().trim().regex(/^[a-z]{2,3}$/, 'form.language'),
  registrationRequired: z.boolean(),
});
export type OfferingFactsValues = z.input<typeof offeringFactsSchema>;

export const newOfferingSchema = offeringFactsSchema.extend({
  title: requiredText(OFFERINGS_LIMITS.title, 'form.title'),
  summary: optionalText(OFFERINGS_LIMITS.summary),
  description: optionalText(OFFERINGS_LIMITS.text),
});
export type NewOfferingValues = z.input<typeof newOfferingSchema>;

export const emptyNewOffering = (): NewOfferingValues => ({ kind: 'ACTIVITY', audience: 'OPEN_65', venueId: '', price: '0', language: 'sv', registrationRequired: true, title: '', summary: '', description: '' });

export function toFactsInput(values: z.output<typeof offeringFactsSchema>) {
  return {
    kind: values.kind as OfferingKind,
    audience: values.audience as OfferingAudience,
    venueId: values.venueId,
    price: Number(values.price),
    language: values.language,
    registrationRequired: values.registrationRequired,
  };
}

export function toCreateOfferingInput(values: z.output<typeof newOfferingSchema>) {
  return { facts: toFactsInput(values), texts: [{ language: 'SV' as ContentLanguage, title: values.title, summary: values.summary, description: values.description }] };
}

export const publishSchema = z
  .object({ publishFrom: optionalDay, publishUntil: optionalDay })
  .refine((values) => !values.publishFrom || !values.publishUntil || values.publishUntil >= values.publishFrom, { path: ['publishUntil'], message: 'form.untilBeforeFrom' });

export const seriesSchema = z
  .object({
    firstDate: z.string().trim().min(1, { message: 'validation.required', abort: true }).refine(isIsoDate, 'validation.day'),
    lastDate: optionalDay,
    weeks: z.string().trim().refine((value) => value === '' || (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= SERIES_MAX_WEEKS), 'form.length'),
    startTime: clock,
    endTime: clock,
    weekdays: z.array(z.string()).min(1, 'form.weekdays'),
    capacity: z.string().trim().refine((value) => value === '' || (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= OFFERINGS_LIMITS.capacity), 'form.capacity'),
    room: optionalText(ROOM_MAX_LENGTH),
    skipHolidays: z.boolean(),
  })
  .superRefine((values, context) => {
    if (isClockTime(values.startTime) && isClockTime(values.endTime) && values.endTime <= values.startTime) context.addIssue({ code: 'custom', path: ['endTime'], message: 'form.endBeforeStart' });
    if (!values.lastDate && !values.weeks) context.addIssue({ code: 'custom', path: ['weeks'], message: 'form.length' });
  });
export type SeriesValues = z.input<typeof seriesSchema>;

export const emptySeries = (today: string): SeriesValues => ({ firstDate: today, lastDate: '', weeks: '10', startTime: '10:00', endTime: '11:00', weekdays: [], capacity: '', room: '', skipHolidays: true });

export function toSeriesInput(offeringId: string, values: z.output<typeof seriesSchema>) {
  return {
    offeringId,
    firstDate: values.firstDate,
    lastDate: values.lastDate || null,
    weeks: values.lastDate ? null : Number(values.weeks),
    startTime: values.startTime,
    endTime: values.endTime,
    weekdays: values.weekdays.map(Number).sort(),
    capacity: values.capacity ? Number(values.capacity) : null,
    room: values.room || null,
    skipHolidays: values.skipHolidays,
  };
}

export const sessionSchema = z
  .object({
    day: z.string().trim().refine(isIsoDate, 'validation.day'),
    startTime: clock,
    endTime: clock,
    capacity: z.string().trim().refine((value) => value === '' || (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= OFFERINGS_LIMITS.capacity), 'form.capacity'),
    room: optionalText(ROOM_MAX_LENGTH),
    price: z.string().trim().refine((value) => value === '' || (/^\d+$/.test(value) && Number(value) <= OFFERINGS_LIMITS.price), 'form.price'),
  })
  .refine((values) => !isClockTime(values.startTime) || !isClockTime(values.endTime) || values.endTime > values.startTime, { path: ['endTime'], message: 'form.endBeforeStart' });
export type SessionValues = z.input<typeof sessionSchema>;

export function toSessionInput(session: { id: string; version: number }, values: z.output<typeof sessionSchema>) {
  return {
    id: session.id,
    version: session.version,
    day: values.day,
    startTime: values.startTime,
    endTime: values.endTime,
    capacity: values.capacity ? Number(values.capacity) : null,
    room: values.room || null,
    price: values.price ? Number(values.price) : null,
  };
}

export const cancelSchema = z.object({ reason: requiredText(CANCEL_REASON_MAX_LENGTH, 'form.reason') });

/** One language's texts of a venue: Swedish needs the description and opening hours; another language may be emptied (removed). */
export function venueTextSchema(language: ContentLanguage) {
  const field = optionalText(OFFERINGS_LIMITS.text);
  return z
    .object({ description: field, openingHours: field, holidayHours: field, directions: field, accessibility: field })
    .superRefine((values, context) => {
      if (language === 'SV' && !values.description) context.addIssue({ code: 'custom', path: ['description'], message: 'validation.required' });
    });
}

export const venueFactsSchema = z.object({
  kind: z.string().min(1),
  name: requiredText(OFFERINGS_LIMITS.name, 'validation.required'),
  streetAddress: requiredText(200, 'validation.required'),
  postalCode: z.string().trim().regex(/^\d{3} ?\d{2}$/, 'form.postalCode'),
  city: requiredText(100, 'validation.required'),
  district: requiredText(100, 'validation.required'),
  area: requiredText(100, 'validation.required'),
  phone: optionalText(OFFERINGS_LIMITS.phone),
  email: optionalText(OFFERINGS_LIMITS.email),
  stepFree: z.boolean(),
  hearingLoop: z.boolean(),
  accessibleToilet: z.boolean(),
});
export type VenueFactsValues = z.input<typeof venueFactsSchema>;

/** The facts written as text, in the order the form asks them; each field's id is `venue-<name>`. */
export const VENUE_TEXT_FACTS = ['name', 'streetAddress', 'postalCode', 'city', 'district', 'area', 'phone', 'email'] as const;

export function toVenueFactsInput(values: z.output<typeof venueFactsSchema>) {
  return { ...values, kind: values.kind as VenueKind, phone: values.phone || null, email: values.email || null };
}

/** A new venue: its facts and what the public page needs in Swedish (the rest on the venue's page). */
export const newVenueSchema = venueFactsSchema.extend({
  openingHours: requiredText(OFFERINGS_LIMITS.text, 'validation.required'),
  description: requiredText(OFFERINGS_LIMITS.text, 'validation.required'),
});
export type NewVenueValues = z.input<typeof newVenueSchema>;

export const emptyNewVenue = (): NewVenueValues => ({
  kind: 'MEETING_PLACE', name: '', streetAddress: '', postalCode: '', city: 'Stockholm', district: 'Hägersten-Älvsjö', area: '', phone: '', email: '',
  stepFree: false, hearingLoop: false, accessibleToilet: false, openingHours: '', description: '',
});

export function toCreateVenueInput(values: z.output<typeof newVenueSchema>) {
  const { openingHours, description, ...facts } = values;
  return { facts: toVenueFactsInput(facts), texts: [{ language: 'SV' as ContentLanguage, openingHours, description, holidayHours: '', directions: '', accessibility: '' }] };
}
