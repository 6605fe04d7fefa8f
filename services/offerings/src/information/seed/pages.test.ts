import { hasForbiddenCharacters } from '@omsorg/platform';
import { CONTENT_LANGUAGES, OFFERINGS_LIMITS, unsafeLinks } from '@omsorg/rules/offerings';
import { describe, expect, it } from 'vitest';
import { SLUG } from '../rules.ts';
import { INFORMATION_PAGES } from './index.ts';

const LINK_TARGETS = /\]\(([^)\s]+)\)/g;
const PORTAL_PATHS = ['/ansokan', '/synpunkter', '/traffpunkter', ...INFORMATION_PAGES.map((page) => `/information/${page.slug}`)];

/** Words per sentence, roughly: plain Swedish is short sentences. */
function wordsPerSentence(text: string): number {
  const sentences = text.split(/[.!?]\s|\n/).filter((sentence) => sentence.trim().length > 0);
  return text.split(/\s+/).length / sentences.length;
}

describe('the seeded information pages', () => {
  it('are the six of the issue, each in all five languages, with distinct addresses and topics', () => {
    expect(INFORMATION_PAGES.map((page) => page.topic)).toEqual(['SERVICES', 'FINNISH_RIGHTS', 'RELATIVES', 'HOUSING', 'COMPLAINTS', 'ACCESSIBILITY']);
    for (const page of INFORMATION_PAGES) {
      expect(page.slug).toMatch(SLUG);
      expect(Object.keys(page.texts).sort(), page.slug).toEqual([...CONTENT_LANGUAGES].sort());
    }
  });

  it('keep within the limits the editor keeps, with only safe links to pages that exist, and no control characters', () => {
    for (const page of INFORMATION_PAGES) {
      for (const language of CONTENT_LANGUAGES) {
        const texts = page.texts[language]!;
        const where = `${page.slug} ${language}`;
        expect(texts.title.length, where).toBeLessThanOrEqual(OFFERINGS_LIMITS.title);
        expect(texts.summary.length, where).toBeLessThanOrEqual(OFFERINGS_LIMITS.summary);
        expect(texts.body.length, where).toBeLessThanOrEqual(OFFERINGS_LIMITS.text);
        expect(hasForbiddenCharacters(texts.title) || hasForbiddenCharacters(texts.summary) || hasForbiddenCharacters(texts.body, { multiline: true }), where).toBe(false);
        expect(unsafeLinks(texts.body), where).toEqual([]);
        for (const [, target] of texts.body.matchAll(LINK_TARGETS)) {
          if (target?.startsWith('/')) expect(PORTAL_PATHS, `${where} ${target}`).toContain(target);
        }
      }
    }
  });

  it('are really translated, and plain Swedish is its own shorter text in shorter sentences', () => {
    for (const page of INFORMATION_PAGES) {
      const { sv, fi, en, ar } = page.texts;
      const easy = page.texts['sv-x-easy']!;
      for (const other of [fi, en, ar, easy]) expect(other?.body).not.toBe(sv.body);
      expect(easy.body.length, page.slug).toBeLessThan(sv.body.length);
      expect(wordsPerSentence(easy.body), page.slug).toBeLessThan(wordsPerSentence(sv.body));
      expect(ar?.body, page.slug).toMatch(/[\u0600-\u06FF]/);
      // Finnish, not Swedish: common Finnish words, and none of the commonest Swedish ones.
      // (Swedish proper names, such as the inspectorate's, are named as they are.)
      const finnish = (fi?.body ?? '').replace('Inspektionen för vård och omsorg', 'IVO');
      expect(finnish, page.slug).toMatch(/(?<!\p{L})(ja|voit|sinun|sinulla|on)(?!\p{L})/u);
      expect(finnish, page.slug).not.toMatch(/(?<!\p{L})(och|att|du|det)(?!\p{L})/u);
    }
  });

  it('say what the issue asks of each page', () => {
    const [services, finnish, relatives, housing, complaints, accessibility] = INFORMATION_PAGES.map((page) => page.texts.sv.body);
    expect(services).toContain('(/ansokan)');
    expect(services).toMatch(/telefon/);
    expect(services).toMatch(/brev/);
    expect(finnish).toMatch(/förvaltningsområdet för finska/);
    expect(finnish).toMatch(/översatt till finska/);
    expect(relatives).toMatch(/[Aa]nhörigkonsulent/);
    expect(relatives).toMatch(/[Aa]nhöriggrupp/);
    expect(housing).toMatch(/Vård- och omsorgsboende/);
    expect(housing).toMatch(/Trygghetsboende/);
    expect(housing).toMatch(/Seniorboende/);
    expect(complaints).toContain('(/synpunkter)');
    expect(accessibility).toMatch(/WCAG 2\.1 på nivå AA/);
    expect(accessibility).toContain('(/synpunkter)');
    expect(accessibility).toMatch(/08-508 00 508/);
    expect(accessibility).toMatch(/DIGG/);
  });
});
