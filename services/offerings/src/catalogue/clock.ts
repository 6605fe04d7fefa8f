import { clockInStockholm } from '@omsorg/rules';

const HOUR = 3_600_000;
/** Stockholm's offset from UTC in each UTC hour asked about: it changes only on the hour (01:00 UTC). */
const offsets = new Map<number, number>();

/**
 * Stockholm's day and time at an instant, as `clockInStockholm` gives them, but with the offset
 * worked out once per hour rather than by Intl for every session: a week's list has a hundred.
 */
export function stockholmClock(instant: Date): { day: string; time: string } {
  const hour = Math.floor(instant.getTime() / HOUR);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const start = new Date(hour * HOUR);
    const clock = clockInStockholm(start);
    offset = Date.parse(`${clock.day}T${clock.time}:00Z`) - start.getTime();
    if (offsets.size > 10_000) offsets.clear();
    offsets.set(hour, offset);
  }
  const local = new Date(instant.getTime() + offset).toISOString();
  return { day: local.slice(0, 10), time: local.slice(11, 16) };
}
