import { describe, expect, it } from 'vitest';
import { ContentLanguage, ProgrammeLayout } from '../../generated/graphql.ts';
import { monthOptions, pageFromQuery, programmeFormSchema, suggestedMonth } from './programme-form.ts';

const valid = { district: 'Hägersten-Älvsjö', month: '2026-12', layout: ProgrammeLayout.NoticeBoard, language: ContentLanguage.Sv };

describe('the programme form', () => {
  it('accepts a district, a month within a year, a layout and a printable language', () => {
    expect(programmeFormSchema('2026-12-05').safeParse(valid).success).toBe(true);
  });

  it('names what is missing or wrong with the form’s own keys', () => {
    const result = programmeFormSchema('2026-12-05').safeParse({ ...valid, district: '', month: '2028-01', language: ContentLanguage.Ar });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
    expect(issues).toEqual({ district: 'errors.district', month: 'errors.month', language: 'errors.language' });
  });

  it('offers this month and the next twelve, named in the page’s language', () => {
    const options = monthOptions('2026-12-05', 'sv-SE');
    expect(options).toHaveLength(13);
    expect(options[0]).toEqual({ value: '2026-12', label: 'december 2026' });
    expect(options[1]).toEqual({ value: '2027-01', label: 'januari 2027' });
    expect(monthOptions('2026-12-05', 'fi-FI')[0]?.label).toBe('joulukuu 2026');
  });

  it('suggests this month in its first week, else the next', () => {
    expect(suggestedMonth('2026-12-05')).toBe('2026-12');
    expect(suggestedMonth('2026-12-20')).toBe('2027-01');
  });

  it('reads the page from the address, 1 when it is not a page', () => {
    expect(pageFromQuery('3')).toBe(3);
    for (const odd of [undefined, '', '0', '-1', '1.5', 'x']) expect(pageFromQuery(odd)).toBe(1);
  });
});
