import { dayInStockholm } from '@omsorg/letters';
import type { ProgrammeContent, ProgrammeEntry, ProgrammeVenue } from './content.ts';
import { PdfFlow, type Run } from './pdf-flow.ts';
import { languageName, monthName, programmeWords, type ProgrammeWords, writeTimes, writeWeekday } from './words.ts';

const mm = (value: number) => (value * 72) / 25.4;

/*
 * The two layouts of the printed programme (docs/OFFERINGS.md "The printable programme"):
 *  - NOTICE_BOARD: A4 portrait for the wall of a meeting place, read standing by someone of 80:
 *    body 15 pt, headings 18–28 pt, black on white, one column, by venue and then day.
 *  - NEWSPAPER: A4 in three columns for the local paper to print as it is or set again, by day and
 *    then venue, body 9.5 pt (a paper's listings are 8–9 pt).
 * Both: the title, a footer with page numbers, sessions that need a decision marked with * and
 * explained, how to register, and each venue's accessibility.
 */

export type RenderOptions = { compress?: boolean };

export function renderProgramme(content: ProgrammeContent, options: RenderOptions = {}): Promise<Buffer> {
  return content.layout === 'NEWSPAPER' ? renderNewspaper(content, options) : renderNoticeBoard(content, options);
}

function titleOf(content: ProgrammeContent, words: ProgrammeWords): string {
  return words.title(content.district, monthName(content.month, words));
}

function flowFor(content: ProgrammeContent, words: ProgrammeWords, columns: number, margin: number, options: RenderOptions): PdfFlow {
  const title = titleOf(content, words);
  return new PdfFlow(
    { lang: words.locale, title, author: `${words.organisation}, ${content.district}`, subject: title, date: content.date },
    { size: 'A4', margins: { top: margin, bottom: margin + 8, left: margin, right: margin } },
    { columns, gap: mm(5), compress: options.compress },
  );
}

/** "Stora salen · Gratis · Anmälan, 10 platser · På finska". */
function details(entry: ProgrammeEntry, content: ProgrammeContent, words: ProgrammeWords): string[] {
  const parts: string[] = [];
  if (entry.room) parts.push(entry.room);
  parts.push(entry.price === 0 ? words.free : words.price(entry.price));
  parts.push(entry.registrationRequired ? words.registration(entry.capacity) : words.dropIn);
  const printedIn = content.language === 'sv-x-easy' ? 'sv' : content.language;
  if (entry.language !== printedIn) parts.push(words.heldIn(languageName(entry.language, words)));
  return parts;
}

function accessibilityFacts(venue: ProgrammeVenue, words: ProgrammeWords): string {
  return [words.stepFree(venue.stepFree), words.hearingLoop(venue.hearingLoop), words.accessibleToilet(venue.accessibleToilet)].join(' · ');
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}

async function renderNoticeBoard(content: ProgrammeContent, options: RenderOptions): Promise<Buffer> {
  const words = programmeWords(content.language);
  const flow = flowFor(content, words, 1, mm(18), options);
  const BODY = 15;
  flow.spanning('H1', [{ text: titleOf(content, words), bold: true }], 28, 6);
  flow.spanning('P', [{ text: words.subtitle }], 17, 4);
  if (content.entries.some((entry) => entry.needsDecision)) flow.spanning('P', [{ text: words.decisionLegend }], BODY, 4);
  flow.spanningRule(3, 10);

  if (content.entries.length === 0) flow.block('P', [{ text: words.noSessions }], BODY + 2, { spaceAfter: 12 });
  const byVenue = groupBy(content.entries, (entry) => entry.venueId);
  for (const venue of content.venues) {
    const entries = byVenue.get(venue.id) ?? [];
    if (entries.length === 0) continue;
    const address = [`${venue.streetAddress}, ${venue.area}`, venue.phone ? words.venuePhone(venue.phone) : null].filter(Boolean).join(' · ');
    flow.continuation = null;
    flow.block('H2', [{ text: venue.name, bold: true }], 22, { spaceBefore: 14, keepWith: 120 });
    flow.block('P', [{ text: address }], BODY, { spaceAfter: 2, keepWith: 100 });
    flow.rule(2, 6);
    for (const sessions of groupBy(entries, (entry) => dayInStockholm(entry.startsAt)).values()) {
      const day = writeWeekday(sessions[0]!.startsAt, words);
      flow.continuation = () => flow.block('P', [{ text: words.continued(venue.name), bold: true }], BODY, { spaceAfter: 4 });
      flow.block('H3', [{ text: day, bold: true }], 18, { spaceBefore: 8, spaceAfter: 2, keepWith: 60 });
      // A page that starts inside a venue's list says whose and which day, for whoever reads only that page.
      flow.continuation = () => {
        flow.block('P', [{ text: words.continued(venue.name), bold: true }], BODY, { spaceAfter: 2 });
        flow.block('P', [{ text: words.continued(day), bold: true }], BODY, { spaceAfter: 4 });
      };
      for (const entry of sessions) {
        const runs: Run[] = [{ text: `${writeTimes(entry.startsAt, entry.endsAt, words)}   `, bold: true }, { text: entry.title + (entry.needsDecision ? ' *' : ''), bold: true }];
        const rest = details(entry, content, words).join(' · ');
        flow.block('P', runs, BODY + 2, { keepWith: flow.height([{ text: rest }], BODY, 1) + 4, lineGap: 1 });
        flow.block('P', [{ text: rest }], BODY, { spaceAfter: entry.needsDecision ? 0 : 8 });
        if (entry.needsDecision) flow.block('P', [{ text: `* ${words.needsDecision}`, bold: true }], BODY, { spaceAfter: 8 });
      }
    }
  }

  flow.continuation = null;
  flow.block('H2', [{ text: words.howToRegister, bold: true }], 22, { spaceBefore: 18, keepWith: 90 });
  flow.rule(2, 6);
  flow.block('P', [{ text: words.registerByPhone(content.phone), bold: true }], 18, { spaceAfter: 6 });
  flow.block('P', [{ text: words.registerOnline(content.web) }], BODY + 1, { spaceAfter: 6 });

  if (content.venues.length > 0) {
    flow.block('H2', [{ text: words.accessibility, bold: true }], 22, { spaceBefore: 18, keepWith: 90 });
    flow.rule(2, 6);
    for (const venue of content.venues) {
      flow.block('H3', [{ text: venue.name, bold: true }], 17, { spaceBefore: 6, keepWith: 40 });
      flow.block('P', [{ text: accessibilityFacts(venue, words) }], BODY, { spaceAfter: 2 });
      if (venue.accessibility) flow.block('P', [{ text: venue.accessibility }], BODY, { spaceAfter: 6 });
    }
  }
  return flow.end({ left: `${words.organisation} · ${titleOf(content, words)}`, page: words.page, size: 12 });
}

async function renderNewspaper(content: ProgrammeContent, options: RenderOptions): Promise<Buffer> {
  const words = programmeWords(content.language);
  const flow = flowFor(content, words, 3, mm(12), options);
  const BODY = 9.5;
  flow.spanning('H1', [{ text: titleOf(content, words), bold: true }], 20, 3);
  const legend = content.entries.some((entry) => entry.needsDecision) ? ` ${words.decisionLegend}` : '';
  flow.spanning('P', [{ text: `${words.subtitle} ${words.registerByPhone(content.phone)} ${words.registerOnline(content.web)}.${legend}` }], BODY + 0.5, 4);
  flow.spanningRule(1.5, 6);

  if (content.entries.length === 0) flow.block('P', [{ text: words.noSessions }], BODY);
  const venues = new Map(content.venues.map((venue) => [venue.id, venue] as const));
  for (const sessions of groupBy(content.entries, (entry) => dayInStockholm(entry.startsAt)).values()) {
    const day = writeWeekday(sessions[0]!.startsAt, words);
    flow.continuation = null;
    flow.block('H2', [{ text: day, bold: true }], 11.5, { spaceBefore: 6, keepWith: 36 });
    flow.rule(0.8, 2);
    flow.continuation = () => flow.block('P', [{ text: words.continued(day), bold: true }], BODY, { spaceAfter: 2 });
    // By venue (in the programme's venue order), then time.
    const order = new Map(content.venues.map((venue, index) => [venue.id, index] as const));
    const byVenue = groupBy([...sessions].sort((a, b) => (order.get(a.venueId) ?? 0) - (order.get(b.venueId) ?? 0) || a.startsAt.getTime() - b.startsAt.getTime()), (entry) => entry.venueId);
    for (const [venueId, entries] of byVenue) {
      const venue = venues.get(venueId);
      flow.block('H3', [{ text: venue?.name ?? '', bold: true }], BODY + 0.5, { spaceBefore: 2, keepWith: 24 });
      for (const entry of entries) {
        flow.block(
          'P',
          [
            { text: `${writeTimes(entry.startsAt, entry.endsAt, words)} ${entry.title}${entry.needsDecision ? ' *' : ''}. `, bold: true },
            { text: `${details(entry, content, words).join('. ')}.` },
          ],
          BODY,
          { spaceAfter: 2 },
        );
      }
    }
  }

  flow.continuation = null;
  if (content.venues.length > 0) {
    flow.block('H2', [{ text: words.accessibility, bold: true }], 11.5, { spaceBefore: 8, keepWith: 36 });
    flow.rule(0.8, 2);
    for (const venue of content.venues) {
      const phone = venue.phone ? ` ${words.venuePhone(venue.phone)}.` : '';
      flow.block('P', [{ text: `${venue.name}, `, bold: true }, { text: `${venue.streetAddress}.${phone} ${accessibilityFacts(venue, words)}.` }], BODY, { spaceAfter: 2 });
    }
  }
  return flow.end({ left: `${words.organisation} · ${titleOf(content, words)}`, page: words.page, size: 8 });
}
