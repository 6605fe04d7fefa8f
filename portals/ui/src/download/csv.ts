import { downloadBlob } from './download-blob.ts';

/** CSV from the API as a file to save: with a byte-order mark, so Excel reads å, ä and ö right. */
export function csvBlob(csv: string): Blob {
  const text = csv.startsWith('\uFEFF') ? csv : `\uFEFF${csv}`;
  return new Blob([text], { type: 'text/csv;charset=utf-8' });
}

/** A file name of the parts joined by "_": letters (å, ä, ö too), digits, "." and "-" kept, anything else one "-". */
export function csvFileName(prefix: string, ...parts: string[]): string {
  const safe = [prefix, ...parts].map((part) => part.replace(/[^\p{L}\p{N}_.-]+/gu, '-').replace(/^-+|-+$/g, '')).filter(Boolean);
  return `${safe.join('_')}.csv`;
}

/** Lets the browser save the file, the same way a download link would. */
export function downloadCsv(csv: string, fileName: string): void {
  downloadBlob(csvBlob(csv), fileName);
}
