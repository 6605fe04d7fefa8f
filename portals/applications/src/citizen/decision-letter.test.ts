import { describe, expect, it } from 'vitest';
import { base64ToBytes, letterFileName } from './decision-letter.ts';

describe('base64ToBytes', () => {
  it('decodes the letter, line breaks and all', () => {
    const pdf = '%PDF-1.7\n%âãÏÓ';
    const base64 = Buffer.from(pdf, 'latin1').toString('base64');
    const wrapped = base64.replace(/(.{8})/g, '$1\n');
    expect(Buffer.from(base64ToBytes(wrapped)).toString('latin1')).toBe(pdf);
  });
});

describe('letterFileName', () => {
  it('keeps the name the API gives', () => {
    expect(letterFileName('beslut-2026-00042.pdf', 'Beslut')).toBe('beslut-2026-00042.pdf');
  });

  it('drops folders and characters a file name cannot have, and ends in .pdf', () => {
    expect(letterFileName('../../etc/beslut:"1"', 'Beslut')).toBe('beslut1.pdf');
    expect(letterFileName('', 'Beslut 2026-00042')).toBe('Beslut 2026-00042.pdf');
  });
});
