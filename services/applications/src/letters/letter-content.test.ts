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
    decidedBy: { name: 'Hanna Lind', title: 'Biståndshandläggare' },
    ...overrides,
  };
}

function facts(overrides: Partial<DecisionLetterFacts> = {}): DecisionLetterFacts {
  return {
    reference: 'ANS-2026-000001',
    unit: UNIT,
    recipient: { name: 'Signe Andersson', addressLines: ['Hägerstensvägen 110', '126 49 Hägersten'] },
    copy: false,
    concerning: null,
    caseworker: { name: 'Hanna Lind', phone: '08-508 22 141' },
    decisions: [decision()],
    pendingServices: [],
    ...overrides,
  };
}

const value = (lines: Array<{ label: string; value: string }>, label: string) => lines.find((line) => line.label === label)?.value;

describe('buildDecisionLetterContent', () => {
  it('is sent by the unit, with its postal address and phone, dated the day of the decision, with the reference number and the caseworker', () => {
    const content = buildDecisionLetterContent(facts(), sv);
    expect(content.title).toBe('Beslut om bistånd');
    expect(content.head.letterhead).toEqual({
      organisation: 'Stockholms stad',
      unit: UNIT,
      postalAddress: ['Box 4', '129 21 Hägersten'],
      phone: '08-508 22 000',
      phoneLabel: 'Telefon',
    });
    expect(content.head.header).toEqual([
      { label: 'Datum', value: '30 oktober 2026' },
      { label: 'Ärendenummer', value: 'ANS-2026-000001' },
      { label: 'Handläggare', value: 'Hanna Lind' },
      { label: 'Direkttelefon', value: '08-508 22 141' },
    ]);
    expect(content.documentTitle).toBe('Beslut om bistånd, ANS-2026-000001');
  });

  it('addresses the person for the window envelope, and is no copy', () => {
    const { head } = buildDecisionLetterContent(facts(), sv);
    expect(head.recipient).toEqual({ name: 'Signe Andersson', addressLines: ['Hägerstensvägen 110', '126 49 Hägersten'] });
    expect(head.copyNote).toBeNull();
    expect(head.addressMissing).toBeNull();
  });

  it('says the postal address is missing when the recipient has none, and not when there is no recipient at all', () => {
    expect(buildDecisionLetterContent(facts({ recipient: { name: 'Erik Andersson', addressLines: [] }, copy: true, concerning: 'Signe Andersson' }), sv).head.addressMissing).toBe('Postadress saknas');
    expect(buildDecisionLetterContent(facts({ recipient: null }), sv).head.addressMissing).toBeNull();
  });

  it("marks a representative's copy with whom it goes to and whose case it is", () => {
    const { head } = buildDecisionLetterContent(facts({ recipient: { name: 'Erik Andersson', addressLines: ['Älvsjövägen 12', '125 30 Älvsjö'] }, copy: true, concerning: 'Signe Andersson' }), sv);
    expect(head.copyNote).toBe('Kopia till Erik Andersson');
    expect(value(head.header, 'Ärendet gäller')).toBe('Signe Andersson');
  });

  it("marks a copy as a copy even when the case does not know whose it is, naming no one", () => {
    const { head } = buildDecisionLetterContent(facts({ recipient: { name: 'Erik Andersson', addressLines: ['Älvsjövägen 12', '125 30 Älvsjö'] }, copy: true, concerning: null }), sv);
    expect(head.copyNote).toBe('Kopia till Erik Andersson');
    expect(value(head.header, 'Ärendet gäller')).toBeUndefined();
  });

  it('marks every later page with the reference number and the page', () => {
    expect(buildDecisionLetterContent(facts(), sv).head.continuation(2)).toBe('ANS-2026-000001, sida 2');
    expect(buildDecisionLetterContent(facts(), letterTemplate('fi')).head.continuation(3)).toBe('ANS-2026-000001, sivu 3');
  });

  it('takes the contact centre as letterhead for a unit missing from the table', () => {
    expect(buildDecisionLetterContent(facts({ unit: 'Okänd enhet' }), sv).head.letterhead.phone).toBe('08-508 00 508');
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
      { label: 'Beslutet fattades av', value: 'Hanna Lind, biståndshandläggare' },
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

  it('is written in Finnish, with Finnish dates and outcomes, when the template is Finnish', () => {
    const content = buildDecisionLetterContent(facts({ decisions: [decision(), decision({ serviceType: 'NURSING_HOME', outcome: 'DENIED', hoursPerMonth: null, validFrom: null })] }), letterTemplate('fi'));
    expect(content.lang).toBe('fi-FI');
    expect(content.title).toBe('Päätös avustuksesta');
    expect(content.head.header[0]).toEqual({ label: 'Päivämäärä', value: '30. lokakuuta 2026' });
    const [granted, denied] = content.services;
    expect(granted!.heading).toBe('Kotipalvelu, henkilökohtainen hoiva');
    expect(value(granted!.lines, 'Päätös')).toBe('Myönnetään');
    expect(value(granted!.lines, 'Laajuus')).toBe('40 tuntia kuukaudessa');
    expect(value(granted!.lines, 'Lainkohta')).toBe('4 kap. 1 § socialtjänstlagen (2001:453)');
    expect(value(granted!.lines, 'Viimeinen valituspäivä')).toBe('23. marraskuuta 2026');
    expect(value(denied!.lines, 'Päätös')).toBe('Hylätään');
    expect(content.appeal.heading).toBe('Näin valitat päätöksestä');
    expect(content.appeal.paragraphs.join(' ')).toContain('viimeistään 23. marraskuuta 2026');
    expect(content.closing).toBe(`Ystävällisin terveisin\n${UNIT}`);
  });

  it('falls back to Swedish for a language letters are not written in yet', () => {
    expect(letterTemplate('ar').lang).toBe('sv-SE');
    expect(letterTemplate('fi').lang).toBe('fi-FI');
  });

  it('needs at least one decision', () => {
    expect(() => buildDecisionLetterContent(facts({ decisions: [] }), sv)).toThrow();
  });
});
