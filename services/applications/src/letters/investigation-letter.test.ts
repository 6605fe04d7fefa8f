import { describe, expect, it } from 'vitest';
import { buildInvestigationLetter } from './investigation-letter.ts';

const facts = {
  reference: 'ANS-2026-000001',
  unit: 'Beställarenheten äldre, Hägersten-Älvsjö',
  recipient: { name: 'Aino Virtanen', addressLines: ['Lillåvägen 3', '125 52 Älvsjö'] },
  copy: false,
  concerning: null,
  caseworker: { name: 'Hanna Lind', phone: '08-508 22 141' },
  communicatedOn: '2026-11-22',
  responseDueOn: '2026-11-29',
  lifeAreas: { HEALTH: { needs: 'Har fallit två gånger.', wishes: '', resources: 'Sonen handlar.' } },
  services: [{ serviceType: 'SAFETY_ALARM' as const, text: 'Behöver larm nattetid.' }],
};
const letter = buildInvestigationLetter(facts);

describe('buildInvestigationLetter', () => {
  it('is sent by the unit with the reference number and says by when to respond', () => {
    expect(letter.title).toBe('Utredning inför beslut');
    expect(letter.head.header).toContainEqual({ label: 'Ärendenummer', value: 'ANS-2026-000001' });
    expect(letter.head.letterhead.unit).toBe('Beställarenheten äldre, Hägersten-Älvsjö');
    expect(letter.introduction).toContain('senast 29 november 2026');
    expect(letter.introduction).toContain('per telefon 08-508\u00a022\u00a0141');
  });

  it('has a section per described service and per filled-in life area, leaving out empty parts', () => {
    expect(letter.sections.map((section) => section.heading)).toEqual(['Det här har du ansökt om: Trygghetslarm', 'Hälsa']);
    expect(letter.sections[1]!.paragraphs).toEqual([
      { label: 'Behov', text: 'Har fallit två gånger.' },
      { label: 'Resurser', text: 'Sonen handlar.' },
    ]);
  });

  it('is written in Finnish for a Finnish-speaking person', () => {
    const finnish = buildInvestigationLetter(facts, 'fi');
    expect(finnish.lang).toBe('fi-FI');
    expect(finnish.title).toBe('Selvitys ennen päätöstä');
    expect(finnish.introduction).toContain('viimeistään 29. marraskuuta 2026');
    expect(finnish.sections.map((section) => section.heading)).toEqual(['Tätä olet hakenut: Turvahälytin', 'Terveys']);
    expect(finnish.sections[1]!.paragraphs).toEqual([
      { label: 'Tarpeet', text: 'Har fallit två gånger.' },
      { label: 'Voimavarat', text: 'Sonen handlar.' },
    ]);
  });
});
