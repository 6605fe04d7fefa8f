// @vitest-environment happy-dom
import { documentHash } from '@omsorg/ui';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StaffFeedbackStatisticsCsvDocument } from '../../generated/graphql.ts';
import { saveStatisticsCsv, saveStatisticsXlsx, statisticsXlsxUrl } from './statistics-export.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function stubDownload(): string[] {
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:stub');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return names;
}

describe('the statistics exports', () => {
  it('asks the gateway for the XLSX of a year and a unit', () => {
    expect(statisticsXlsxUrl(2026, null)).toBe('/feedback-statistics/2026.xlsx');
    expect(statisticsXlsxUrl(2026, 'Hägersten-Älvsjö')).toBe('/feedback-statistics/2026.xlsx?unit=H%C3%A4gersten-%C3%84lvsj%C3%B6');
  });

  it('saves the CSV the service wrote, under the year and the unit', async () => {
    const names = stubDownload();
    const fetchStub = vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body));
      expect(body.extensions.persistedQuery.sha256Hash).toBe(documentHash(StaffFeedbackStatisticsCsvDocument));
      expect(body.variables).toEqual({ year: 2026, unit: 'Hägersten-Älvsjö' });
      return new Response(JSON.stringify({ data: { feedbackStatisticsCsv: 'Uppdelning;Klagomål/synpunkter/kategorier\r\n' } }), { headers: { 'content-type': 'application/json' } });
    });
    vi.stubGlobal('fetch', fetchStub);
    expect(await saveStatisticsCsv(2026, 'Hägersten-Älvsjö')).toEqual({ kind: 'saved' });
    expect(names).toEqual(['synpunkter_2026_Hägersten-Älvsjö.csv']);
  });

  it('saves the XLSX under the service\'s name, and shows the service\'s refusal', async () => {
    const names = stubDownload();
    vi.stubGlobal('fetch', vi.fn(async () => new Response(new Blob(['xlsx']), { headers: { 'content-disposition': 'attachment; filename="synpunkter_2026.xlsx"' } })));
    expect(await saveStatisticsXlsx(2026, null)).toEqual({ kind: 'saved' });
    expect(names).toEqual(['synpunkter_2026.xlsx']);
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ error: { code: 'FORBIDDEN', message: 'Du har inte behörighet.' } }), { status: 403 })));
    expect(await saveStatisticsXlsx(2026, null)).toEqual({ kind: 'refused', message: 'Du har inte behörighet.' });
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
    expect(await saveStatisticsXlsx(2026, null)).toEqual({ kind: 'failed' });
  });
});
