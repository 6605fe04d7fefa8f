import { describe, expect, it } from 'vitest';
import { csvBlob, csvFileName } from './csv.ts';

describe('csv', () => {
  it('adds a byte-order mark once', async () => {
    const bytes = async (blob: Blob) => [...new Uint8Array(await blob.arrayBuffer())];
    expect((await bytes(csvBlob('a;b\n'))).slice(0, 4)).toEqual([0xef, 0xbb, 0xbf, 0x61]);
    expect(await bytes(csvBlob('\uFEFFa'))).toEqual([0xef, 0xbb, 0xbf, 0x61]);
    expect(csvBlob('a').type).toBe('text/csv;charset=utf-8');
  });

  it('makes a file name without spaces or slashes', () => {
    expect(csvFileName('statistik', '2026-01-01', '2026-04-30')).toBe('statistik_2026-01-01_2026-04-30.csv');
    expect(csvFileName('ej-verkstallda-beslut', '2026 Q3/x')).toBe('ej-verkstallda-beslut_2026-Q3-x.csv');
    expect(csvFileName('tratt', 'Hälsosamtal för dig som fyller 75!', '2026-12-05')).toBe('tratt_Hälsosamtal-för-dig-som-fyller-75_2026-12-05.csv');
  });
});
