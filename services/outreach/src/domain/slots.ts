import { instantInStockholm } from '@omsorg/rules';
import { minutesOf, timeOf } from '@omsorg/rules/outreach';
import { addDaysTo, isHoliday } from '@omsorg/rules/swedish-calendar';
import type { MeetingKind } from './places.ts';

/** How far ahead the slots job makes slots. */
export const SLOT_HORIZON_DAYS = 8 * 7;

export type TemplateFacts = {
  workerId: string;
  weekday: number;
  startTime: string;
  endTime: string;
  slotMinutes: number;
  kind: MeetingKind;
  placeName: string | null;
  placeAddress: string | null;
  validFrom: string;
  validTo: string | null;
};

export type ExceptionFacts = { workerId: string; startsOn: string; endsOn: string; startTime: string | null; endTime: string | null };

export type PlannedSlot = {
  workerId: string;
  startsAt: Date;
  endsAt: Date;
  kind: MeetingKind;
  placeName: string | null;
  placeAddress: string | null;
};

/** ISO weekday of a day "YYYY-MM-DD": 1 Monday … 7 Sunday, whatever the process's zone. */
export function isoWeekday(day: string): number {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** Whether an exception takes away the time from `start` to `end` (minutes) on `day`. */
function blocks(exception: ExceptionFacts, day: string, start: number, end: number): boolean {
  if (day < exception.startsOn || day > exception.endsOn) return false;
  if (exception.startTime === null || exception.endTime === null) return true;
  return start < minutesOf(exception.endTime) && minutesOf(exception.startTime) < end;
}

/**
 * The slots the templates give on the days from `fromDay` for `days` days: each template's
 * weekday within its validity, cut into `slotMinutes` from its start time (a last piece shorter
 * than a slot is not offered), minus what the worker's exceptions cover, and none on public
 * holidays and the three eves (the Swedish calendar). Times are Stockholm wall-clock times made
 * into instants on their own day, so a 09:00 slot is at 09:00 in summer and in winter time.
 */
export function plannedSlots(templates: readonly TemplateFacts[], exceptions: readonly ExceptionFacts[], fromDay: string, days: number): PlannedSlot[] {
  const slots: PlannedSlot[] = [];
  for (let offset = 0; offset < days; offset++) {
    const day = addDaysTo(fromDay, offset);
    if (isHoliday(day)) continue;
    const weekday = isoWeekday(day);
    for (const template of templates) {
      if (template.weekday !== weekday || day < template.validFrom || (template.validTo !== null && day > template.validTo)) continue;
      const last = minutesOf(template.endTime);
      for (let start = minutesOf(template.startTime); start + template.slotMinutes <= last; start += template.slotMinutes) {
        const end = start + template.slotMinutes;
        if (exceptions.some((exception) => exception.workerId === template.workerId && blocks(exception, day, start, end))) continue;
        slots.push({
          workerId: template.workerId,
          startsAt: instantInStockholm(day, timeOf(start)),
          endsAt: instantInStockholm(day, timeOf(end)),
          kind: template.kind,
          placeName: template.placeName,
          placeAddress: template.placeAddress,
        });
      }
    }
  }
  return slots;
}

/** The key the database makes unique for a slot (slot_worker_start_unique). */
export function slotKey(slot: { workerId: string; startsAt: Date; kind: string }): string {
  return `${slot.workerId}|${slot.startsAt.toISOString()}|${slot.kind}`;
}
