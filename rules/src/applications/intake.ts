import { isIsoDate } from '../dates.ts';
import { clockInStockholm } from '../stockholm-clock.ts';

/**
 * How an application that staff register reached the unit ("inkommen via"): by phone, on paper
 * (a letter), through the city's contact centre Äldre direkt, or as a hospital discharge notice
 * ("utskrivningsmeddelande"). Web applications (WEB) are the portal's own; outreach referrals
 * come from the outreach service.
 */
export const REGISTRATION_CHANNELS = ['PHONE', 'PAPER', 'CONTACT_CENTRE', 'HOSPITAL_DISCHARGE'] as const;
export type RegistrationChannel = (typeof REGISTRATION_CHANNELS)[number];

export function isRegistrationChannel(value: string): value is RegistrationChannel {
  return (REGISTRATION_CHANNELS as readonly string[]).includes(value);
}

/** A discharge notice is always urgent: the person is leaving hospital and needs help at home. */
export function isUrgentChannel(channel: RegistrationChannel): boolean {
  return channel === 'HOSPITAL_DISCHARGE';
}

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A time of day as "HH:MM", 24-hour clock. */
export function isClockTime(value: string): boolean {
  return CLOCK_TIME.test(value);
}

/** When the unit received it, as staff write it: a Stockholm day and time of day. */
export type ReceivedAt = { receivedOn: string; receivedTime: string };

export type ReceivedAtIssue = { field: keyof ReceivedAt; key: string };

/**
 * When an application was received, in Stockholm time: a real day and time, which may be
 * earlier than now (a letter opened today, a call noted afterwards) but never later. `now` is
 * Stockholm's day and "HH:MM" at this moment.
 */
export function receivedAtIssues(received: ReceivedAt, now: ReceivedAt): ReceivedAtIssue[] {
  const issues: ReceivedAtIssue[] = [];
  const { receivedOn, receivedTime } = received;
  if (!isIsoDate(receivedOn)) issues.push({ field: 'receivedOn', key: receivedOn === '' ? 'validation.required' : 'validation.day' });
  if (!isClockTime(receivedTime)) issues.push({ field: 'receivedTime', key: receivedTime === '' ? 'validation.required' : 'validation.clockTime' });
  if (issues.length > 0) return issues;
  if (receivedOn > now.receivedOn) return [{ field: 'receivedOn', key: 'validation.notInFuture' }];
  if (receivedOn === now.receivedOn && receivedTime > now.receivedTime) return [{ field: 'receivedTime', key: 'validation.timeNotInFuture' }];
  return [];
}

/** Stockholm's day and "HH:MM" at an instant: "now" for a received time, on the page and in the service. */
export function stockholmClock(instant: Date = new Date()): ReceivedAt {
  const { day, time } = clockInStockholm(instant);
  return { receivedOn: day, receivedTime: time };
}
