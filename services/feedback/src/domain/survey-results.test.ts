import { describe, expect, it } from 'vitest';
import { surveyIndicators } from './survey-indicators.ts';
import { participationMarker, surveyPepper } from './survey-marker.ts';
import { surveyResults, type CountedResponse } from './survey-results.ts';

const answer = (gender: CountedResponse['gender'], KNOWS_WHERE_TO_TURN?: string): CountedResponse => ({ gender, answers: KNOWS_WHERE_TO_TURN ? { KNOWS_WHERE_TO_TURN } : {} });
const resultOf = (responses: CountedResponse[]) => surveyResults(responses).find((r) => r.question === 'KNOWS_WHERE_TO_TURN')!;

describe('survey results', () => {
  it('counts the share positive per gender, leaving out "Vet inte" and unanswered, and everyone in "all"', () => {
    const responses = [
      ...Array.from({ length: 4 }, () => answer('WOMAN', 'YES')),
      answer('WOMAN', 'NO'),
      answer('WOMAN', 'DONT_KNOW'),
      answer('WOMAN'),
      answer('NOT_SAID', 'YES'),
      answer(null, 'NO'),
      ...Array.from({ length: 3 }, () => answer('MAN', 'YES')),
    ];
    const result = resultOf(responses);
    expect(result.women).toEqual({ respondents: 5, percent: 80, suppressed: false });
    expect(result.all).toEqual({ respondents: 10, percent: 80, suppressed: false });
    // Three men: too few to show.
    expect(result.men).toEqual({ respondents: 3, percent: null, suppressed: true });
  });

  it('rounds to one decimal', () => {
    const responses = [answer('MAN', 'YES'), answer('MAN', 'YES'), answer('MAN', 'NO'), answer('MAN', 'NO'), answer('MAN', 'NO'), answer('MAN', 'NO')];
    expect(resultOf(responses).men.percent).toBe(33.3);
  });

  it('gives the indicators with their targets, met or not, and none without a figure', () => {
    const responses = Array.from({ length: 10 }, (_, i) => answer(i < 5 ? 'WOMAN' : 'MAN', i % 5 < 3 ? 'YES' : 'NO'));
    const knows = surveyIndicators(surveyResults(responses)).find((i) => i.indicator === 'KNOWS_WHERE_TO_TURN')!;
    expect(knows.women).toMatchObject({ percent: 60, target: 65, met: false });
    const empty = surveyIndicators([]);
    expect(empty.map((i) => i.indicator)).toEqual(['KNOWS_WHERE_TO_TURN', 'HELP_FITS_NEEDS', 'GETS_GRANTED_HELP']);
    expect(empty.find((i) => i.indicator === 'GETS_GRANTED_HELP')).toMatchObject({ men: { target: 97.1, met: null }, women: { target: 96.4 } });
    expect(empty.find((i) => i.indicator === 'HELP_FITS_NEEDS')?.targetMax).toBe(90);
  });
});

describe('the participation marker', () => {
  it('is the same for the same survey and person, differs otherwise, and never contains the id', () => {
    const person = crypto.randomUUID();
    const survey = crypto.randomUUID();
    const marker = participationMarker(survey, person, 'p'.repeat(32));
    expect(marker).toMatch(/^[0-9a-f]{64}$/);
    expect(marker).toBe(participationMarker(survey, person, 'p'.repeat(32)));
    expect(marker).not.toBe(participationMarker(crypto.randomUUID(), person, 'p'.repeat(32)));
    expect(marker).not.toBe(participationMarker(survey, person, 'q'.repeat(32)));
    expect(marker).not.toContain(person.replaceAll('-', ''));
  });

  it('takes the pepper from SURVEY_PEPPER, a default in development, and refuses production without one', () => {
    expect(surveyPepper({ SURVEY_PEPPER: 'x'.repeat(40) })).toBe('x'.repeat(40));
    expect(() => surveyPepper({ SURVEY_PEPPER: 'short' })).toThrow(/32/);
    expect(surveyPepper({})).toMatch(/development/);
    expect(() => surveyPepper({ NODE_ENV: 'production' })).toThrow(/SURVEY_PEPPER/);
  });
});
