import { describe, expect, it } from 'vitest';
import { findUnsafeInput } from '../server/unsafe-input.ts';
import { hasForbiddenCharacters, idSchema, text } from './text.ts';

const messages = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) => result.error?.issues.map((issue) => issue.message);

describe('text()', () => {
  const line = text({ max: 10 });
  const area = text({ max: 100, multiline: true });

  it('accepts ordinary text in any script, trimmed', () => {
    expect(line.parse('  Hej Åsa ')).toBe('Hej Åsa');
    expect(area.parse('مرحبا\nسلام')).toBe('مرحبا\nسلام');
  });

  it('normalises to NFC, so a decomposed å counts as one character', () => {
    const decomposed = 'a\u030A';
    expect(line.parse(decomposed)).toBe('å');
    expect(text({ max: 1 }).safeParse(`${decomposed}`).success).toBe(true);
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['another control character', 'a\u0007b'],
    ['a C1 control character', 'a\u0085b'],
    ['a lone high surrogate', 'a\uD800b'],
    ['a lone low surrogate', 'a\uDC00b'],
    ['a right-to-left override', 'abc\u202Edef'],
    ['a left-to-right embedding', '\u202Aabc'],
    ['a first-strong isolate', 'abc\u2068'],
  ])('rejects %s with validation.invalidCharacters', (_name, value) => {
    expect(messages(area.safeParse(value))).toEqual(['validation.invalidCharacters']);
  });

  it('keeps a surrogate pair (an emoji) whole', () => {
    expect(line.parse('tack 😀')).toBe('tack 😀');
  });

  it('allows line breaks and tabs only in multiline text, CRLF as LF', () => {
    expect(messages(line.safeParse('a\nb'))).toEqual(['validation.invalidCharacters']);
    expect(messages(line.safeParse('a\tb'))).toEqual(['validation.invalidCharacters']);
    expect(area.parse('a\r\nb\rc\td')).toBe('a\nb\nc\td');
  });

  it('enforces the maximum after trimming, and the minimum', () => {
    expect(line.safeParse(`  ${'x'.repeat(10)}  `).success).toBe(true);
    expect(line.safeParse('x'.repeat(11)).error?.issues[0]).toMatchObject({ code: 'too_big', maximum: 10 });
    expect(text({ max: 10, tooLong: 'validation.custom' }).safeParse('x'.repeat(11)).error?.issues[0]?.message).toBe('validation.custom');
    expect(text({ max: 10, min: 1 }).safeParse('   ').error?.issues[0]).toMatchObject({ code: 'too_small', minimum: 1 });
  });
});

describe('hasForbiddenCharacters', () => {
  it('lets ordinary punctuation, Arabic and Finnish through', () => {
    expect(hasForbiddenCharacters('Äiti – “lainaus” … مرحبا öljy')).toBe(false);
  });
});

describe('idSchema', () => {
  it('accepts any UUID PostgreSQL reads, and nothing else', () => {
    expect(idSchema.safeParse('00000000-0000-0000-0000-000000000001').success).toBe(true);
    expect(idSchema.safeParse(crypto.randomUUID()).success).toBe(true);
    expect(messages(idSchema.safeParse('not-a-uuid'))).toEqual(['validation.invalidId']);
    expect(idSchema.safeParse(`${crypto.randomUUID()}x`).success).toBe(false);
  });
});

describe('findUnsafeInput (the subgraph safety net)', () => {
  it('finds forbidden characters at any depth of the arguments', () => {
    expect(findUnsafeInput({ input: { answers: [{ needs: 'x\u0000' }] } })).toBe('invalidCharacters');
    expect(findUnsafeInput({ input: { text: '\uD83D' } })).toBe('invalidCharacters');
    expect(findUnsafeInput({ note: 'a\u202Eb' })).toBe('invalidCharacters');
    expect(findUnsafeInput({ input: { text: 'rad ett\nrad två', count: 3, flag: null } })).toBeUndefined();
  });

  it('refuses any string over the global cap', () => {
    expect(findUnsafeInput({ input: { text: 'x'.repeat(20_001) } })).toBe('tooLong');
    expect(findUnsafeInput({ input: { text: 'x'.repeat(20_000) } })).toBeUndefined();
  });
});
