import { csvFileName, currentLocale, downloadBlob, downloadCsv, graphqlRequest } from '@omsorg/ui';
import { StaffFeedbackStatisticsCsvDocument } from '../../generated/graphql.ts';

/** What became of asking for an export: saved, refused with the service's message, or failed. */
export type ExportResult = { kind: 'saved' } | { kind: 'refused'; message: string } | { kind: 'failed' };

/**
 * Saves the year's statistics as CSV: the service writes it (`feedbackStatisticsCsv`, the annual
 * report's headings, ";"), the page adds the byte-order mark so Excel in Sweden reads å, ä and ö.
 */
export async function saveStatisticsCsv(year: number, unit: string | null): Promise<ExportResult> {
  const csv = (await graphqlRequest(StaffFeedbackStatisticsCsvDocument, { year, unit })).feedbackStatisticsCsv;
  if (csv == null) return { kind: 'failed' };
  downloadCsv(csv, csvFileName('synpunkter', String(year), unit ?? ''));
  return { kind: 'saved' };
}

/** The gateway's address of the XLSX (GET, the session cookie goes along, so no CSRF header is needed). */
export function statisticsXlsxUrl(year: number, unit: string | null): string {
  return `/feedback-statistics/${year}.xlsx${unit ? `?unit=${encodeURIComponent(unit)}` : ''}`;
}

/** Fetches the XLSX the feedback service writes (the same tables as the CSV) and saves it. */
export async function saveStatisticsXlsx(year: number, unit: string | null): Promise<ExportResult> {
  let response: Response;
  try {
    response = await fetch(statisticsXlsxUrl(year, unit), { credentials: 'same-origin', headers: { 'accept-language': currentLocale() } });
  } catch {
    return { kind: 'failed' };
  }
  if (response.ok) {
    const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `synpunkter_${year}.xlsx`;
    downloadBlob(await response.blob(), name);
    return { kind: 'saved' };
  }
  try {
    const answer = (await response.json()) as { error?: { message?: string } };
    return response.status < 500 && answer.error?.message ? { kind: 'refused', message: answer.error.message } : { kind: 'failed' };
  } catch {
    return { kind: 'failed' };
  }
}
