import { describe, expect, it } from 'vitest';
import { buildDecisionLetterContent, type DecisionLetterFacts, type LetterDecision } from './letter-content.ts';
import { letterTemplate } from './templates.ts';

const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const sv = letterTemplate('sv');

function decision(overrides: Partial<LetterDecision> = {}): LetterDecision {
  return {
    serviceType: 'HOME_CARE_PERSONAL',
    outcome: 'GRANTED',
    hoursPerMonth: 40,
    validFrom: '2026-11-02',
    validTo: null,
    legalCitation: '4 kap. 1 § socialtjänstlagen (2001:453)',
    motivation: 'Du behöver hjälp morgon och kväll.',
    decidedAt: new Date('2026-10-30T10:00:00Z'),
    notifiedOn: '2026-11-02',
    ...overrides,
  };
}

function facts(overrides: Partial<DecisionLetterFacts> = {}): DecisionLetterFacts {
  return { reference: 'ANS-2026-000001', unit: UNIT, recipientName: null, decisions: [decision()], pendingServices: [], ...overrides };
}

const value = (lines: Array<{ label: string; value: string }>, label: string) => lines.find((line) => line.label === label)?.value;

describe('buildDecisionLetterContent', () => {
  it('is sent by the unit, dated the day of the decision, with the reference number and "Beslut om bistånd"', () => {
    const content = buildDecisionLetterContent(facts(), sv);
    expect(content.title).toBe('Beslut om bistånd');
    expect(content.header).toEqual([
      { label: 'Från', value: UNIT },
      { label: 'Datum', value: '30 oktober 2026' },
      { label: 'Ärendenummer', value: 'ANS-2026-000001' },
    ]);
    expect(content.documentTitle).toBe('Beslut om bistånd, ANS-2026-000001');
  });

  it('names the recipient when the name is given', () => {
    expect(buildDecisionLetterContent(facts({ recipientName: 'Signe Andersson' }), sv).header[1]).toEqual({ label: 'Till', value: 'Signe Andersson' });
  });

  it('shows a granted service with its scope, validity, legal basis, notification day and computed appeal deadline', () => {
    const [service] = buildDecisionLetterContent(facts(), sv).services;
    expect(service!.heading).toBe('Hemtjänst, personlig omvårdnad');
    expect(service!.lines).toEqual([
      { label: 'Beslut', value: 'Beviljas' },
      { label: 'Omfattning', value: '40 timmar per månad' },
      { label: 'Gäller från', value: '2 november 2026' },
      { label: 'Gäller till och med', value: 'Tills vidare' },
      { label: 'Lagrum', value: '4 kap. 1 § socialtjänstlagen (2001:453)' },
      { label: 'Du anses ha fått beslutet', value: '2 november 2026' },
      { label: 'Sista dag att överklaga', value: '23 november 2026' },
    ]);
    expect(service!.motivation).toEqual({ label: 'Motivering', value: 'Du behöver hjälp morgon och kväll.' });
  });

  it('words each outcome and leaves scope and validity out of a denial', () => {
    const content = buildDecisionLetterContent(
      facts({
        decisions: [
          decision({ outcome: 'PARTLY_GRANTED', hoursPerMonth: 20, validTo: '2027-04-30' }),
          decision({ serviceType: 'NURSING_HOME', outcome: 'DENIED', hoursPerMonth: null, validFrom: null }),
        ],
      }),
      sv,
    );
    const [partly, denied] = content.services;
    expect(value(partly!.lines, 'Beslut')).toBe('Beviljas delvis');
    expect(value(partly!.lines, 'Gäller till och med')).toBe('30 april 2027');
    expect(value(denied!.lines, 'Beslut')).toBe('Avslås');
    expect(value(denied!.lines, 'Omfattning')).toBeUndefined();
    expect(value(denied!.lines, 'Gäller från')).toBeUndefined();
  });

  it('moves the appeal deadline past Christmas, computed from the notification day', () => {
    const content = buildDecisionLetterContent(facts({ decisions: [decision({ notifiedOn: '2026-12-03', decidedAt: new Date('2026-12-01T10:00:00Z') })] }), sv);
    expect(content.services[0]!.deadline).toBe('28 december 2026');
    expect(content.appeal.paragraphs.join(' ')).toContain('senast den 28 december 2026');
  });

  it('explains how to appeal, to the unit, quoting the reference number', () => {
    const { appeal } = buildDecisionLetterContent(facts(), sv);
    expect(appeal.heading).toBe('Så överklagar du');
    const text = appeal.paragraphs.join(' ');
    expect(text).toContain('senast den 23 november 2026');
    expect(text).toContain('tre veckor');
    expect(text).toContain(`Skicka överklagandet till ${UNIT}`);
    expect(text).toContain('ANS-2026-000001');
  });

  it('gives each service its own deadline when they differ', () => {
    const content = buildDecisionLetterContent(
      facts({ decisions: [decision(), decision({ serviceType: 'SAFETY_ALARM', hoursPerMonth: null, notifiedOn: '2026-11-09', decidedAt: new Date('2026-11-06T10:00:00Z') })] }),
      sv,
    );
    const text = content.appeal.paragraphs.join(' ');
    expect(text).toContain('Hemtjänst, personlig omvårdnad den 23 november 2026');
    expect(text).toContain('Trygghetslarm den 30 november 2026');
    expect(content.date).toBe('2026-11-06');
  });

  it('says which services are still to be decided', () => {
    const content = buildDecisionLetterContent(facts({ pendingServices: ['NURSING_HOME'] }), sv);
    expect(content.pending?.text).toContain('Vård- och omsorgsboende');
  });

  it('needs at least one decision', () => {
    expect(() => buildDecisionLetterContent(facts({ decisions: [] }), sv)).toThrow();
  });
});
