export type CsvCell = string | number | null;

/**
 * One CSV cell: quoted when it holds the separator, a quote or a line break; a leading
 * formula character is neutralised so a spreadsheet never runs a cell as a formula.
 */
function cell(value: CsvCell, separator: string): string {
  if (value === null) return '';
  let text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  if (/^[=+\-@\t\r]/.test(text) && typeof value !== 'number') text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV as Swedish spreadsheets read it: `;` between cells, decimal comma, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], separator = ';'): string {
  return [header, ...rows].map((row) => row.map((value) => cell(value, separator)).join(separator)).join('\r\n') + '\r\n';
}
