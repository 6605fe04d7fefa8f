import { formatDate } from '@omsorg/ui';
import { useI18n } from 'vue-i18n';
import type { BookingStatus, MeetingKind } from '../../generated/graphql.ts';

/** The calendar's words: meeting kinds, statuses, days, and a slot read in full. */
export function useCalendarWords() {
  const { t } = useI18n();
  const kind = (value: MeetingKind) => t(`outreach.calendar.kind.${value}`);
  const status = (value: BookingStatus) => t(`outreach.calendar.status.${value}`);
  const weekday = (day: string) => formatDate(day, { weekday: 'long', day: 'numeric', month: 'long' });
  const shortDay = (day: string) => formatDate(day, { weekday: 'short', day: 'numeric', month: 'numeric' });
  /** "tisdag 12 januari 09.00–09.45, Träffpunkt Hägersten": what a screen reader hears for a slot. */
  const slotInFull = (slot: { date: string; startTime: string; endTime: string; kind: MeetingKind; placeName?: string | null }) =>
    `${weekday(slot.date)} ${slot.startTime}–${slot.endTime}, ${slot.placeName ?? kind(slot.kind)}`;
  return { kind, status, weekday, shortDay, slotInFull };
}
