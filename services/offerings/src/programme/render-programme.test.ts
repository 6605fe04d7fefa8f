import { inflateSync } from 'node:zlib';
import { pdfPageTexts as rawPageTexts, pdfText as rawText } from '@omsorg/letters/testing';
import { describe, expect, it } from 'vitest';
import { programmeFileName } from './contact.ts';
import { sampleProgramme } from './programme-fixture.ts';
import { renderProgramme } from './render-programme.ts';

/** The font sizes a PDF sets (`/F1 15 Tf`), from its content streams. */
function fontSizes(pdf: Buffer): number[] {
  const source = pdf.toString('latin1');
  const sizes: number[] = [];
  for (const match of source.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!.replace(/\r?\n$/, ''), 'latin1')).toString('latin1');
    } catch {
      content = match[1]!;
    }
    for (const size of content.matchAll(/\/F\d+\s+([\d.]+)\s+Tf/g)) sizes.push(Number(size[1]));
  }
  return sizes;
}

// The standard fonts' encoding (WinAnsi) has the en dash at 0x96; the reader reads Latin-1.
const dashes = (text: string) => text.replace(/\u0096/g, '–');
const pdfText = (pdf: Buffer) => dashes(rawText(pdf));
const pdfPageTexts = (pdf: Buffer) => rawPageTexts(pdf).map(dashes);

const positions = (text: string, needles: string[]) => needles.map((needle) => text.indexOf(needle));

describe('the notice board programme', () => {
  it('has the title, the venues in order with their days, and every session with time, room, price and places', async () => {
    const content = sampleProgramme('NOTICE_BOARD', 12);
    const text = pdfText(await renderProgramme(content));
    expect(text).toContain('Aktiviteter för dig över 65 – Hägersten-Älvsjö, december 2026');
    const venues = positions(text, ['Träffpunkt Fruängen', 'Träffpunkt Hägersten', 'Aktivitetscenter Älvsjö']);
    expect(venues.every((at) => at >= 0)).toBe(true);
    expect([...venues].sort((a, b) => a - b)).toEqual(venues);
    // Fruängen's sessions: 1, 3, 7 and 9 December, in that order, before Hägersten's.
    const days = positions(text, ['Tisdag 1 december', 'Torsdag 3 december', 'Måndag 7 december', 'Onsdag 9 december']);
    expect(days.every((at) => at > venues[0]! && at < venues[1]!)).toBe(true);
    expect([...days].sort((a, b) => a - b)).toEqual(days);
    expect(text).toContain('10.00–11.30 Sittgympa');
    expect(text).toContain('Stora salen · Gratis · Anmälan, 10 platser');
    expect(text).toContain('150 kr');
    expect(text).toContain('Drop-in, ingen anmälan');
    expect(text).toContain('På finska');
  });

  it('marks a session that needs a decision and explains the mark', async () => {
    const text = pdfText(await renderProgramme(sampleProgramme('NOTICE_BOARD', 12)));
    expect(text).toContain('Dagverksamhet: sång och samtal *');
    expect(text).toContain('* Kräver biståndsbeslut');
    expect(text).toContain('* Kräver biståndsbeslut: för dig som har beslut');
  });

  it('ends with how to register and each venue’s accessibility, and numbers every page', async () => {
    const pdf = await renderProgramme(sampleProgramme('NOTICE_BOARD', 40));
    const pages = pdfPageTexts(pdf);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, index) => expect(page).toContain(`Sida ${index + 1} av ${pages.length}`));
    const last = pages.join(' ');
    expect(last).toContain('Så anmäler du dig');
    expect(last).toContain('Ring 08-508 22 000');
    expect(last).toContain('omsorg.stockholm.se/aktiviteter');
    expect(last).toMatch(/Aktivitetscenter Älvsjö Trappsteg vid entrén · Ingen hörselslinga · Toalett anpassad för rullstol/);
    // A page that starts inside a venue's list says whose it is.
    expect(pages.slice(1).some((page) => /^Träffpunkt \S+, forts\./.test(page))).toBe(true);
  });

  it('sets the text in large type: 14 pt and more, but the footer', async () => {
    const sizes = fontSizes(await renderProgramme(sampleProgramme('NOTICE_BOARD', 20), { compress: false }));
    expect(sizes.length).toBeGreaterThan(10);
    expect(sizes.filter((size) => size !== 12).every((size) => size >= 14)).toBe(true);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(24);
  });

  it('prints in Finnish when asked', async () => {
    const text = pdfText(await renderProgramme({ ...sampleProgramme('NOTICE_BOARD', 6), language: 'fi' }));
    expect(text).toContain('Toimintaa yli 65-vuotiaille – Hägersten-Älvsjö, joulukuu 2026');
    expect(text).toContain('Maksuton');
    expect(text).toContain('Näin ilmoittaudut');
  });

  it('says so when the month has no sessions', async () => {
    const text = pdfText(await renderProgramme({ ...sampleProgramme('NOTICE_BOARD', 0), venues: [] }));
    expect(text).toContain('Det finns inga aktiviteter inlagda för den här månaden ännu.');
  });
});

describe('the newspaper programme', () => {
  it('lists by day and then venue, in columns of smaller type, with the page numbers', async () => {
    const pdf = await renderProgramme(sampleProgramme('NEWSPAPER', 24), { compress: false });
    const text = pdfText(pdf);
    const days = positions(text, ['Tisdag 1 december', 'Torsdag 3 december', 'Lördag 5 december', 'Måndag 7 december']);
    expect(days.every((at) => at >= 0)).toBe(true);
    expect([...days].sort((a, b) => a - b)).toEqual(days);
    // 1 December: Fruängen (10.00) before Hägersten (14.30).
    const first = text.slice(days[0], days[1]);
    expect(first.indexOf('Träffpunkt Fruängen')).toBeLessThan(first.indexOf('Träffpunkt Hägersten'));
    expect(text).toContain('10.00–11.30 Sittgympa. Stora salen. Gratis. Anmälan, 10 platser.');
    expect(text).toContain('Sida 1 av 1');
    const sizes = fontSizes(pdf);
    expect(Math.min(...sizes.filter((size) => size !== 8))).toBeGreaterThanOrEqual(9);
    expect(Math.max(...sizes)).toBeLessThan(24);
  });
});

describe('the file name', () => {
  it('is plain letters, the district and the month', () => {
    expect(programmeFileName('Hägersten-Älvsjö', '2026-12', 'NOTICE_BOARD')).toBe('program-hagersten-alvsjo-2026-12.pdf');
    expect(programmeFileName('Hägersten-Älvsjö', '2026-12', 'NEWSPAPER')).toBe('program-hagersten-alvsjo-2026-12-tidning.pdf');
  });
});
