import { describe, expect, it } from 'vitest';
import { parseNationalCsv } from './survey-national-csv.ts';

const HEADER = 'year;question;women_percent;men_percent;total_percent;respondents';

describe('the national results file', () => {
  it('reads ";" with decimal commas, "," with points, a byte-order mark, quotes, blank lines and empty figures', () => {
    const semicolon = parseNationalCsv(`\uFEFF${HEADER}\r\n2025;KNOWS_WHERE_TO_TURN;61,5;58;60,2;412\r\n\r\n2025;"HELP_FITS_NEEDS";;;88;\r\n`);
    expect(semicolon).toEqual({
      ok: true,
      rows: [
        { year: 2025, question: 'KNOWS_WHERE_TO_TURN', womenPercent: 61.5, menPercent: 58, totalPercent: 60.2, respondents: 412 },
        { year: 2025, question: 'HELP_FITS_NEEDS', womenPercent: null, menPercent: null, totalPercent: 88, respondents: null },
      ],
    });
    const comma = parseNationalCsv(`${HEADER.replaceAll(';', ',')}\n2024,TREATED_WELL,96.4,97.1,96.7,300\n`);
    expect(comma).toMatchObject({ ok: true, rows: [{ womenPercent: 96.4, menPercent: 97.1 }] });
  });

  it('names every wrong line and what is wrong on it, and imports nothing', () => {
    const text = [
      HEADER,
      '2025;KNOWS_WHERE_TO_TURN;61;58;60;412',
      'tjugo;KNOWS_WHERE_TO_TURN;61;58;60;412',
      '2025;HUR_MAR_DU;61;58;60;412',
      '2025;TREATED_WELL;161;58;60;-3',
      '2025;OVERALL_SATISFIED;61;58',
      '2025;KNOWS_WHERE_TO_TURN;61;58;60;412',
    ].join('\n');
    const parsed = parseNationalCsv(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => [p.line, p.key])).toEqual([
      [3, 'error.survey.import.year'],
      [4, 'error.survey.import.question'],
      [5, 'error.survey.import.percent'],
      [5, 'error.survey.import.respondents'],
      [6, 'error.survey.import.columns'],
      [7, 'error.survey.import.duplicate'],
    ]);
    expect(parsed.problems[1]!.params).toMatchObject({ line: 4, value: 'HUR_MAR_DU' });
    expect(parsed.problems.at(-1)!.params).toMatchObject({ earlier: 2 });
  });

  it('refuses a file without the headings, or without results', () => {
    expect(parseNationalCsv('år;fråga\n2025;X')).toMatchObject({ ok: false, problems: [{ line: 1, key: 'error.survey.import.header' }] });
    expect(parseNationalCsv(`${HEADER}\n\n`)).toMatchObject({ ok: false, problems: [{ key: 'error.survey.import.empty' }] });
  });
});
