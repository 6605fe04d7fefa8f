import { writeClockTime, writeDayOf } from '@omsorg/letters';

/**
 * A day and time in Stockholm written out: "tisdag 12 januari 2027 klockan 10.00", in Finnish
 * "tiistaina 12. tammikuuta 2027 kello 10.00". The time with a full stop, as both languages write it.
 */
export function writeWhen(at: Date, language: 'sv' | 'fi' | 'en', joiner: string): string {
  return `${writeDayOf(at, language, { weekday: true })} ${joiner} ${writeClockTime(at, language).replace(':', '.')}`;
}
