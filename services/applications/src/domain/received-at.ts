import type { ReceivedAt } from '@omsorg/rules/applications';

const STOCKHOLM = 'Europe/Stockholm';
const clockFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: STOCKHOLM, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: STOCKHOLM, timeZoneName: 'longOffset' });

/** Stockholm's day and "HH:MM" at an instant: what "now" means for a received time. */
export function stockholmClock(instant: Date = new Date()): ReceivedAt {
  const parts = Object.fromEntries(clockFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return { receivedOn: `${parts.year}-${parts.month}-${parts.day}`, receivedTime: `${parts.hour}:${parts.minute}` };
}

function offsetAt(instant: Date): string {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

/**
 * The instant of a Stockholm day and time of day (summer or winter time). In the hour that
 * repeats when clocks go back, the first of the two; a time skipped in spring counts as an hour later.
 */
export function instantInStockholm({ receivedOn, receivedTime }: ReceivedAt): Date {
  const asUtc = new Date(`${receivedOn}T${receivedTime}:00Z`);
  const guess = new Date(`${receivedOn}T${receivedTime}:00${offsetAt(new Date(asUtc.getTime() - 2 * 3_600_000))}`);
  const settled = new Date(`${receivedOn}T${receivedTime}:00${offsetAt(guess)}`);
  return settled;
}
