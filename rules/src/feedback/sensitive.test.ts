import { describe, expect, it } from 'vitest';
import { findSensitiveDetails, hasSensitiveDetails, maskSensitiveDetails, MASKED_PERSONAL_IDENTITY_NUMBER } from './sensitive.ts';

describe('sensitive details in a feedback text', () => {
  it('finds personnummer in the forms people write them', () => {
    for (const written of ['19510923-2388', '510923-2388', '195109232388', '5109232388', '510923 2388', '19510923 - 2388']) {
      expect(hasSensitiveDetails(`Min mamma ${written} fick ingen hjälp`), written).toBe(true);
    }
  });

  it('counts a personnummer with a wrong check digit and a samordningsnummer', () => {
    expect(hasSensitiveDetails('510923-2381')).toBe(true);
    expect(hasSensitiveDetails('510983-2380')).toBe(true);
  });

  it('does not take a mobile number written without spaces for one', () => {
    expect(hasSensitiveDetails('Ring mig på 0701234567')).toBe(false);
  });

  it('leaves phone numbers, dates and amounts alone', () => {
    for (const text of ['Ring 08-508 22 141', 'Den 2026-12-05 kom ingen', 'Det kostade 1250 kr', '070-123 45 67', 'ärende 2026-0042']) {
      expect(findSensitiveDetails(text), text).toEqual([]);
    }
  });

  it('masks every one and keeps the rest of the text', () => {
    expect(maskSensitiveDetails('Jag 510923-2388 och min man 19450312-1234.')).toBe(
      `Jag ${MASKED_PERSONAL_IDENTITY_NUMBER} och min man ${MASKED_PERSONAL_IDENTITY_NUMBER}.`,
    );
    expect(maskSensitiveDetails('Inget här')).toBe('Inget här');
  });
});
