import { SURVEY_QUESTION_KEYS, type SurveyQuestionKey } from '@omsorg/rules/feedback';

/**
 * The national survey's results for a unit, as a CSV file (one row per year and question):
 *
 *     year;question;women_percent;men_percent;total_percent;respondents
 *     2025;KNOWS_WHERE_TO_TURN;61,5;58,0;60,2;412
 *
 * The separator is ";" (Excel in Sweden; then a decimal comma is allowed) or ","; a byte-order
 * mark and blank lines are ignored; `question` is a key of SURVEY_QUESTION_KEYS; a percent is 0
 * to 100 or empty when not published; respondents a whole number or empty. Every wrong line is
 * reported with its number; nothing is imported when any line is wrong.
 */
export const NATIONAL_CSV_COLUMNS = ['year', 'question', 'women_percent', 'men_percent', 'total_percent', 'respondents'] as const;

/** At most this many characters (1 MB of text). */
export const NATIONAL_CSV_MAX_LENGTH = 1_000_000;

export type NationalRow = {
  year: number;
  question: SurveyQuestionKey;
  womenPercent: number | null;
  menPercent: number | null;
  totalPercent: number | null;
  respondents: number | null;
};

/** A problem on a line: a message key and its parameters (the line number is always `line`). */
export type CsvProblem = { line: number; key: string; params: Record<string, string | number> };

export type ParsedNational = { ok: true; rows: NationalRow[] } | { ok: false; problems: CsvProblem[] };

const MAX_PROBLEMS = 20;

function percent(cell: string, decimalComma: boolean): number | null | 'bad' {
  if (cell === '') return null;
  const value = Number(decimalComma ? cell.replace(',', '.') : cell);
  return /^\d{1,3}([.,]\d+)?$/.test(cell) && value >= 0 && value <= 100 ? Math.round(value * 10) / 10 : 'bad';
}

export function parseNationalCsv(text: string): ParsedNational {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const header = lines[0]?.trim() ?? '';
  const separator = header.includes(';') ? ';' : ',';
  const columns = header.split(separator).map((c) => c.trim().toLowerCase());
  if (columns.join(',') !== NATIONAL_CSV_COLUMNS.join(',')) {
    return { ok: false, problems: [{ line: 1, key: 'error.survey.import.header', params: { line: 1, columns: NATIONAL_CSV_COLUMNS.join(separator) } }] };
  }
  const problems: CsvProblem[] = [];
  const rows: NationalRow[] = [];
  const seen = new Map<string, number>();
  for (let index = 1; index < lines.length && problems.length < MAX_PROBLEMS; index += 1) {
    const raw = lines[index]!.trim();
    if (raw === '') continue;
    const line = index + 1;
    const cells = raw.split(separator).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    const problem = (key: string, params: Record<string, string | number> = {}) => problems.push({ line, key, params: { line, ...params } });
    if (cells.length !== NATIONAL_CSV_COLUMNS.length) {
      problem('error.survey.import.columns', { expected: NATIONAL_CSV_COLUMNS.length, found: cells.length });
      continue;
    }
    const [yearCell, questionCell, women, men, total, respondentsCell] = cells as [string, string, string, string, string, string];
    const year = /^\d{4}$/.test(yearCell) ? Number(yearCell) : NaN;
    if (!(year >= 2000 && year <= 2100)) problem('error.survey.import.year', { value: yearCell.slice(0, 20) });
    const question = SURVEY_QUESTION_KEYS.find((key) => key === questionCell);
    if (!question) problem('error.survey.import.question', { value: questionCell.slice(0, 40) });
    const percents = [women, men, total].map((cell) => percent(cell, separator === ';'));
    percents.forEach((value, at) => {
      if (value === 'bad') problem('error.survey.import.percent', { column: NATIONAL_CSV_COLUMNS[2 + at]!, value: cells[2 + at]!.slice(0, 20) });
    });
    const respondents = respondentsCell === '' ? null : /^\d{1,7}$/.test(respondentsCell) ? Number(respondentsCell) : NaN;
    if (Number.isNaN(respondents)) problem('error.survey.import.respondents', { value: respondentsCell.slice(0, 20) });
    if (question && !Number.isNaN(year)) {
      const key = `${year}:${question}`;
      const earlier = seen.get(key);
      if (earlier) problem('error.survey.import.duplicate', { earlier });
      seen.set(key, line);
    }
    if (problems.some((p) => p.line === line)) continue;
    const [w, m, t] = percents as Array<number | null>;
    rows.push({ year, question: question!, womenPercent: w ?? null, menPercent: m ?? null, totalPercent: t ?? null, respondents });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length === 0) return { ok: false, problems: [{ line: 2, key: 'error.survey.import.empty', params: { line: 2 } }] };
  return { ok: true, rows };
}
