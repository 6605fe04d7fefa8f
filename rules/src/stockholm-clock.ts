/**
 * Stockholm wall-clock time and instants, both ways, summer or winter time: the one place the
 * portals and the services convert (a received time, a home visit), whatever the computer's zone.
 */
const STOCKHOLM = 'Europe/Stockholm';
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: STOCKHOLM, timeZoneName: 'longOffset' });
const clockFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: STOCKHOLM, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Stockholm's offset from UTC at an instant, "+01:00" or "+02:00". */
function offsetAt(instant: Date): string {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

/**
 * The instant of a Stockholm day "YYYY-MM-DD" and time of day "HH:MM". In the hour that repeats
 * when clocks go back, the first of the two; a time skipped in spring counts as an hour later.
 */
export function instantInStockholm(day: string, time: string): Date {
  const asUtc = new Date(`${day}T${time}:00Z`);
  const guess = new Date(`${day}T${time}:00${offsetAt(new Date(asUtc.getTime() - 2 * 3_600_000))}`);
  return new Date(`${day}T${time}:00${offsetAt(guess)}`);
}

/** Stockholm's day "YYYY-MM-DD" and time "HH:MM" at an instant. */
export function clockInStockholm(instant: Date = new Date()): { day: string; time: string } {
  const parts = Object.fromEntries(clockFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
