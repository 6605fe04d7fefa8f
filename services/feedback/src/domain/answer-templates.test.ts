import { describe, expect, it } from 'vitest';
import { ANSWER_TEMPLATES, fillAnswerTemplate, type AnswerTemplateFacts } from './answer-templates.ts';

const facts: AnswerTemplateFacts = {
  referenceNumber: 'SYN-2026-000042',
  // 23:30 UTC on 30 November is 1 December in Stockholm.
  receivedAt: new Date('2026-11-30T23:30:00Z'),
  contactName: 'Signe Andersson',
  unit: 'Beställarenheten äldre, Hägersten-Älvsjö',
  providerName: 'Omsorgshuset AB',
  providerAnswer: 'Vi har bytt schema så att besöket kommer i tid.',
};

describe('answer templates', () => {
  it('fills in the reference number, the day received in Stockholm time, the name and the unit in every template', () => {
    for (const template of ANSWER_TEMPLATES) {
      const text = fillAnswerTemplate(template, facts);
      expect(text).toContain('SYN-2026-000042');
      expect(text).toContain('1 december 2026');
      expect(text.startsWith('Hej Signe Andersson!')).toBe(true);
      expect(text.endsWith('Beställarenheten äldre, Hägersten-Älvsjö')).toBe(true);
    }
  });

  it('quotes the provider and its answer after the provider answered', () => {
    const text = fillAnswerTemplate('AFTER_PROVIDER_ANSWER', facts);
    expect(text).toContain('Omsorgshuset AB');
    expect(text).toContain('Vi har bytt schema så att besöket kommer i tid.');
  });

  it('greets without a name and signs for the city when nothing is known, leaving a place to write the provider\'s answer', () => {
    const text = fillAnswerTemplate('AFTER_PROVIDER_ANSWER', { ...facts, contactName: null, unit: null, providerName: null, providerAnswer: null });
    expect(text.startsWith('Hej!')).toBe(true);
    expect(text).toContain('Äldreomsorgen, Stockholms stad');
    expect(text).toContain('[Skriv vad utföraren svarade.]');
  });

  it('writes different texts for praise and complaints', () => {
    expect(fillAnswerTemplate('PRAISE_THANKS', facts)).toContain('Tack för dina fina ord');
    expect(fillAnswerTemplate('COMPLAINT_HANDLED', facts)).toContain('Vi beklagar');
  });
});
