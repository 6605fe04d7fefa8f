import type { Locale } from '@omsorg/ui';
import { useI18n } from 'vue-i18n';
import type { MeetingKind } from '../../generated/graphql.ts';
import { clockInWords, dayInWords, timeInWords } from './phrases.ts';

/** The booking pages' words: kinds, days and times read in full, in the page's language. */
export function useBookingWords() {
  const { t, locale } = useI18n();
  const k = (key: string, params?: Record<string, unknown>) => t(`outreach.booking.${key}`, params ?? {});
  const lang = () => locale.value as Locale;
  const kind = (value: MeetingKind) => k(`kind.${value}`);
  /** Where a time is, as a choice says it: the place's name, or the kind ("Hemma hos dig"). */
  const place = (slot: { kind: MeetingKind; placeName?: string | null }) => slot.placeName ?? kind(slot.kind);
  const day = (value: string) => dayInWords(value, lang());
  /** "tisdag 12 januari klockan 10.00, Träffpunkt Hägersten". */
  const time = (slot: { date: string; startTime: string; kind: MeetingKind; placeName?: string | null }) => timeInWords(slot, place(slot), lang(), k('at'));
  /** "tisdag 12 januari klockan 10.00–10.45". */
  const when = (slot: { date: string; startTime: string; endTime: string }) =>
    `${dayInWords(slot.date, lang())} ${k('at')} ${clockInWords(slot.startTime, lang())}–${clockInWords(slot.endTime, lang())}`;
  /** Where the conversation is, in full: the street at home, by phone, by video, or the place and its address. */
  const where = (slot: { kind: MeetingKind; placeName?: string | null; placeAddress?: string | null }, homeStreet?: string | null) => {
    if (slot.kind === 'HOME') return homeStreet ? k('homeAt', { street: homeStreet }) : k('homeUnknown');
    if (slot.kind === 'PHONE') return k('phoneText');
    if (slot.kind === 'VIDEO') return k('videoText');
    return [slot.placeName, slot.placeAddress].filter(Boolean).join(', ');
  };
  const language = (code: string) => k(`languages.${code}`);
  return { k, kind, place, day, time, when, where, language };
}

/** Moves focus to the page's h1 (or `selector`) once Vue has drawn the step, so a screen reader starts there. */
export function focusStep(selector = 'main h1'): void {
  requestAnimationFrame(() => {
    const heading = document.querySelector<HTMLElement>(selector);
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  });
}
