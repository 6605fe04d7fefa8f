import { toCsv } from '@omsorg/platform';
import ExcelJS from 'exceljs';
import { genderTable, reportTable, type ReportTable } from './report.ts';
import type { FeedbackStatistics } from './statistics.ts';

/** Both tables as one CSV (";", decimal comma): the report's table, an empty line, the split by gender. */
export function statisticsCsv(statistics: FeedbackStatistics): string {
  return [reportTable(statistics), genderTable(statistics)].map((table) => toCsv(table.header, table.rows)).join('\r\n');
}

function addSheet(workbook: ExcelJS.Workbook, name: string, table: ReportTable): void {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow([table.title]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  const header = sheet.addRow([...table.header]);
  header.font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((cell) => (cell == null ? null : cell)));
  sheet.getColumn(1).width = 40;
  sheet.getColumn(2).width = 60;
  for (let column = 3; column <= table.header.length; column += 1) {
    sheet.getColumn(column).width = 14;
  }
  sheet.views = [{ state: 'frozen', ySplit: 3, xSplit: 2 }];
}

/** The statistics as an XLSX workbook: the sheet "Utfall" (the report's table) and "Per kön". */
export async function statisticsXlsx(statistics: FeedbackStatistics): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Omsorg';
  workbook.created = new Date(Date.UTC(statistics.year, 0, 1));
  addSheet(workbook, 'Utfall', reportTable(statistics));
  addSheet(workbook, 'Per kön', genderTable(statistics));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** "synpunkter_2026_Hägersten-Älvsjö.xlsx": letters, digits, "." and "-" kept. */
export function statisticsFileName(statistics: Pick<FeedbackStatistics, 'year' | 'unit'>, extension: 'csv' | 'xlsx'): string {
  const parts = ['synpunkter', String(statistics.year), statistics.unit ?? ''].map((part) => part.replace(/[^\p{L}\p{N}_.-]+/gu, '-').replace(/^-+|-+$/g, '')).filter(Boolean);
  return `${parts.join('_')}.${extension}`;
}
