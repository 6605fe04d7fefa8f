import { z } from 'zod';
import { day, optionalDay } from '../dates.ts';
import { requiredText } from '../text.ts';

/**
 * A worker's weekly availability and exceptions, as the staff page's forms and outreach's
 * mutations both check them. Times are "HH:MM" Stockholm time.
 */

export const AVAILABILITY_MEETING_KINDS = ['MEETING_PLACE', 'HEALTH_CENTRE', 'HOME', 'PHONE', 'VIDEO'] as const;
/** Kinds held at a named place, whose name and address the template must give. */
export const KINDS_WITH_PLACE: readonly string[] = ['MEETING_PLACE', 'HEALTH_CENTRE'];
export const PLACE_MAX_LENGTH = 200;
export const EXCEPTION_REASON_MAX_LENGTH = 200;
export const SLOT_MINUTES_MIN = 15;
export const SLOT_MINUTES_MAX = 180;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of "HH:MM". */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** "HH:MM" of minutes after midnight. */
export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export const timeOfDay = z.string().trim().regex(TIME, 'validation.availability.time');
const optionalTime = z
  .string()
  .trim()
  .refine((value) => value === '' || TIME.test(value), 'validation.availability.time')
  .transform((value) => (value === '' ? null : value));
const optionalPlace = z
  .string()
  .trim()
  .max(PLACE_MAX_LENGTH, 'validation.tooLong')
  .transform((value) => (value === '' ? null : value));

export const availabilityTemplateInput = z
  .object({
    weekday: z.number().int().min(1, 'validation.availability.weekday').max(7, 'validation.availability.weekday'),
    startTime: timeOfDay,
    endTime: timeOfDay,
    slotMinutes: z.number().int().min(SLOT_MINUTES_MIN, 'validation.tooSmall').max(SLOT_MINUTES_MAX, 'validation.tooBig'),
    kind: z.enum(AVAILABILITY_MEETING_KINDS),
    placeName: optionalPlace,
    placeAddress: optionalPlace,
    validFrom: day(),
    validTo: optionalDay,
  })
  .superRefine((input, context) => {
    if (minutesOf(input.endTime) - minutesOf(input.startTime) < input.slotMinutes)
      context.addIssue({ code: 'custom', path: ['endTime'], message: 'validation.availability.endBeforeStart' });
    if (KINDS_WITH_PLACE.includes(input.kind)) {
      if (!input.placeName) context.addIssue({ code: 'custom', path: ['placeName'], message: 'validation.availability.placeRequired' });
      if (!input.placeAddress) context.addIssue({ code: 'custom', path: ['placeAddress'], message: 'validation.availability.placeRequired' });
    }
    if (input.validTo && input.validTo < input.validFrom) context.addIssue({ code: 'custom', path: ['validTo'], message: 'validation.period' });
  });
export type AvailabilityTemplateInput = z.infer<typeof availabilityTemplateInput>;

export const availabilityExceptionInput = z
  .object({
    startsOn: day(),
    endsOn: day(),
    startTime: optionalTime,
    endTime: optionalTime,
    reason: requiredText(EXCEPTION_REASON_MAX_LENGTH),
  })
  .superRefine((input, context) => {
    if (input.endsOn < input.startsOn) context.addIssue({ code: 'custom', path: ['endsOn'], message: 'validation.period' });
    if ((input.startTime === null) !== (input.endTime === null))
      context.addIssue({ code: 'custom', path: [input.startTime === null ? 'startTime' : 'endTime'], message: 'validation.availability.bothTimes' });
    else if (input.startTime && input.endTime && minutesOf(input.endTime) <= minutesOf(input.startTime))
      context.addIssue({ code: 'custom', path: ['endTime'], message: 'validation.availability.endBeforeStart' });
  });
export type AvailabilityExceptionInput = z.infer<typeof availabilityExceptionInput>;

/** Companion ("vem följer med") and cancel reason limits, for booking forms. */
export const COMPANION_MAX_LENGTH = 200;
export const CANCEL_REASON_MAX_LENGTH = 500;
