import { describe, expect, it } from 'vitest';
import { mergeTexts, textVersions, writtenLanguages } from './texts.ts';

type T = { title: string; summary: string };
const FIELDS = ['title', 'summary'] as const;

describe('mergeTexts', () => {
  const current = { sv: { title: 'Sittgympa', summary: 'Gympa på stol' } };

  it('adds a language and names the fields that changed', () => {
    const merged = mergeTexts<T>(current, [{ language: 'fi', title: 'Tuolijumppa', summary: '' }], FIELDS);
    expect(merged.texts).toEqual({ ...current, fi: { title: 'Tuolijumppa', summary: '' } });
    expect(merged.changed).toEqual(['fi:title']);
  });

  it('keeps the languages not given, and removes a translation given empty', () => {
    const both = { ...current, fi: { title: 'Tuolijumppa', summary: 'x' } };
    const merged = mergeTexts<T>(both, [{ language: 'fi', title: '', summary: '' }], FIELDS);
    expect(merged.texts).toEqual(current);
    expect(merged.changed).toEqual(['fi:title', 'fi:summary']);
  });

  it('answers no texts when Swedish is missing', () => {
    expect(mergeTexts<T>(null, [{ language: 'fi', title: 'Tuolijumppa', summary: '' }], FIELDS).texts).toBeNull();
  });

  it('lists the written languages in their order, Swedish first', () => {
    const texts = { sv: { title: 'a', summary: '' }, ar: { title: 'b', summary: '' }, fi: { title: 'c', summary: '' } };
    expect(writtenLanguages(texts)).toEqual(['sv', 'fi', 'ar']);
    expect(textVersions(texts).map((version) => version.language)).toEqual(['sv', 'fi', 'ar']);
  });
});
