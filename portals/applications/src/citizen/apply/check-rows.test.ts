import { describe, expect, it } from 'vitest';
import { emptyAnswersForm } from './answers-form.ts';
import { checkSections, rowForPath } from './check-rows.ts';

describe('checkSections', () => {
  const form = {
    ...emptyAnswersForm(),
    services: ['SAFETY_ALARM' as const],
    needs: { SAFETY_ALARM: 'Har ramlat' },
    livesAlone: 'yes' as const,
    contactMethod: 'LETTER' as const,
    language: 'fi',
  };
  const sections = checkSections(form);
  const rows = sections.flatMap((s) => s.rows);

  it('shows every answer with a link back to its page', () => {
    expect(rows.map((r) => r.changePath)).toEqual([
      'insatser',
      'behov/trygghetslarm',
      'bor-ensam',
      'anhoriga',
      'sjukhus',
      'kontaktsatt',
      'kontaktuppgifter',
      'kontaktuppgifter',
      'sprak',
      'tolk',
      'samtycke',
    ]);
  });

  it('words answers, and says when nothing was filled in', () => {
    expect(rows.find((r) => r.id === 'check-lives-alone')?.value).toEqual([{ key: 'applications.citizen.apply.yes' }]);
    expect(rows.find((r) => r.id === 'check-hospital')?.value).toEqual([{ key: 'applications.citizen.check.nothing' }]);
    expect(rows.find((r) => r.id === 'check-needs-trygghetslarm')?.value).toEqual([{ text: 'Har ramlat' }]);
    expect(rows.find((r) => r.id === 'check-language')?.value).toEqual([{ key: 'applications.citizen.languages.fi' }]);
  });

  it('finds the row of a page', () => {
    expect(rowForPath(sections, 'kontaktuppgifter')?.id).toBe('check-phone');
    expect(rowForPath(sections, 'basta-tid')).toBeUndefined();
  });
});
