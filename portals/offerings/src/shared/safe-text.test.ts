import { describe, expect, it } from 'vitest';
import { parseSafeText, plainText } from './safe-text.ts';

describe('parseSafeText', () => {
  it('reads paragraphs, headings, lists and links', () => {
    const text = '## Så ansöker du\nRing oss.\nEller skriv.\n\n- Hemtjänst\n- Trygghetslarm, [läs mer](/information/insatser)\n\nSe [DIGG](https://www.digg.se).';
    expect(parseSafeText(text)).toEqual([
      { kind: 'heading', content: [{ kind: 'text', text: 'Så ansöker du' }] },
      { kind: 'paragraph', lines: [[{ kind: 'text', text: 'Ring oss.' }], [{ kind: 'text', text: 'Eller skriv.' }]] },
      {
        kind: 'list',
        items: [
          [{ kind: 'text', text: 'Hemtjänst' }],
          [
            { kind: 'text', text: 'Trygghetslarm, ' },
            { kind: 'link', text: 'läs mer', href: '/information/insatser' },
          ],
        ],
      },
      {
        kind: 'paragraph',
        lines: [
          [
            { kind: 'text', text: 'Se ' },
            { kind: 'link', text: 'DIGG', href: 'https://www.digg.se' },
            { kind: 'text', text: '.' },
          ],
        ],
      },
    ]);
  });

  it('reads Windows line breaks and lines of only spaces as the markup they are', () => {
    expect(parseSafeText('Ett\r\n   \r\n- två\r\n')).toEqual([
      { kind: 'paragraph', lines: [[{ kind: 'text', text: 'Ett' }]] },
      { kind: 'list', items: [[{ kind: 'text', text: 'två' }]] },
    ]);
  });

  it('keeps HTML as the characters typed', () => {
    const hostile = '<script>alert(1)</script>\n<img src=x onerror=alert(1)>\n## <b>rubrik</b>';
    const blocks = parseSafeText(hostile);
    expect(blocks).toEqual([
      { kind: 'paragraph', lines: [[{ kind: 'text', text: '<script>alert(1)</script>' }], [{ kind: 'text', text: '<img src=x onerror=alert(1)>' }]] },
      { kind: 'heading', content: [{ kind: 'text', text: '<b>rubrik</b>' }] },
    ]);
  });

  it('makes no link of javascript:, data:, a host behind // or a link with no words', () => {
    for (const line of ['[klicka](javascript:alert(1))', '[klicka](data:text/html;base64,PHNjcmlwdD4=)', '[klicka](//evil.example)', '[ ](https://digg.se)', '[klicka](https://digg.se "titel")']) {
      expect(parseSafeText(line), line).toEqual([{ kind: 'paragraph', lines: [[{ kind: 'text', text: line }]] }]);
    }
  });

  it('takes nested brackets apart without losing a character', () => {
    const line = '[[a]](/x) [b [c](/y) d](/z) ]]([(';
    const [block] = parseSafeText(line);
    expect(block?.kind).toBe('paragraph');
    expect(plainText(parseSafeText(line))).toBe('[[a]](/x) [b c d](/z) ]]([(');
    if (block?.kind !== 'paragraph') return;
    expect(block.lines[0]?.filter((part) => part.kind === 'link')).toEqual([{ kind: 'link', text: 'c', href: '/y' }]);
  });

  it('reads very long and pathological input whole', () => {
    const brackets = '['.repeat(50_000) + '](' + '('.repeat(50_000);
    expect(plainText(parseSafeText(brackets))).toBe(brackets);
    const lines = Array.from({ length: 20_000 }, (_, i) => (i % 3 === 0 ? '- punkt' : i % 3 === 1 ? '## rubrik' : '')).join('\n');
    expect(parseSafeText(lines)).toHaveLength(13_334);
    const word = 'å'.repeat(200_000);
    expect(parseSafeText(`[${word}](/x)`)).toEqual([{ kind: 'paragraph', lines: [[{ kind: 'text', text: `[${word}](/x)` }]] }]);
  });
});
