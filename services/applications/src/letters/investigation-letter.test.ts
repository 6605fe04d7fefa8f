import { describe, expect, it } from 'vitest';
import { buildInvestigationLetter } from './investigation-letter.ts';

const letter = buildInvestigationLetter({
  reference: 'ANS-2026-000001',
  unit: 'Beställarenheten äldre, Hägersten-Älvsjö',
  communicatedOn: '2026-11-22',
  responseDueOn: '2026-11-29',
  lifeAreas: { HEALTH: { needs: 'Har fallit två gånger.', wishes: '', resources: 'Sonen handlar.' } },
  services: [{ serviceType: 'SAFETY_ALARM', text: 'Behöver larm nattetid.' }],
});

describe('buildInvestigationLetter', () => {
  it('is sent by the unit with the reference number and says by when to respond', () => {
    expect(letter.title).toBe('Utredning inför beslut');
    expect(letter.header).toContainEqual({ label: 'Ärendenummer', value: 'ANS-2026-000001' });
    expect(letter.introduction).toContain('senast 29 november 2026');
  });

  it('has a section per described service and per filled-in life area, leaving out empty parts', () => {
    expect(letter.sections.map((section) => section.heading)).toEqual(['Det här har du ansökt om: Trygghetslarm', 'Hälsa']);
    expect(letter.sections[1]!.paragraphs).toEqual([
      { label: 'Behov', text: 'Har fallit två gånger.' },
      { label: 'Resurser', text: 'Sonen handlar.' },
    ]);
  });
});
