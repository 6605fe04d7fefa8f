import type { ReceivedAt } from '@omsorg/rules/applications';

/** Stockholm's day and time now: the rule the staff page uses too (@omsorg/rules). */
export { stockholmClock } from '@omsorg/rules/applications';

const STOCKHOLM = 'Europe/Stockholm';
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: STOCKHOLM, timeZoneName: 'longOffset' });

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
