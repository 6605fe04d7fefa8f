import { pdfText } from '@omsorg/letters/testing';
import { describe, expect, it } from 'vitest';
import { addressLines, renderAnswerLetter } from './answer-letter.ts';
import { answerRefusal } from './answer.ts';
import { forwardMail } from './mails.ts';

const contact = { contactName: 'Signe Andersson', contactEmail: 'signe@example.se', contactPhone: '070-123 45 67', contactAddress: 'Fruängsgatan 12, 129 52 Hägersten' };

describe('who can be answered, and how', () => {
  it('refuses an item without any contact, and a channel without its detail', () => {
    expect(answerRefusal({ contactName: null, contactEmail: null, contactPhone: null, contactAddress: null }, 'PHONE')).toBe('feedback.replies.noContact');
    expect(answerRefusal({ ...contact, contactEmail: null }, 'EMAIL')).toBe('feedback.replies.noEmail');
    expect(answerRefusal({ ...contact, contactAddress: ' , ' }, 'LETTER')).toBe('feedback.replies.noAddress');
    expect(answerRefusal({ ...contact, contactPhone: null }, 'PHONE')).toBe('feedback.replies.noPhone');
    for (const channel of ['LETTER', 'EMAIL', 'PHONE'] as const) expect(answerRefusal(contact, channel)).toBeNull();
  });

  it('reads an address written on one line or several', () => {
    expect(addressLines('Fruängsgatan 12, 129 52 Hägersten')).toEqual(['Fruängsgatan 12', '129 52 Hägersten']);
    expect(addressLines('c/o Berg\nStorgatan 1\n\n123 45 Stad')).toEqual(['c/o Berg', 'Storgatan 1', '123 45 Stad']);
    expect(addressLines(null)).toEqual([]);
  });
});

describe('what is sent', () => {
  it('mails a provider only the reference number, the link and its last day: nothing of the feedback or the sender', () => {
    const mail = forwardMail({ to: 'svar@omsorgshuset.se', recipientName: 'Omsorgshuset AB', referenceNumber: 'SYN-2026-000042', unit: null, link: 'http://localhost:8080/synpunkter/svar/abc', expiresAt: new Date('2027-02-03T23:30:00Z') });
    expect(mail.text).toContain('SYN-2026-000042');
    expect(mail.text).toContain('http://localhost:8080/synpunkter/svar/abc');
    // 23:30 on 3 February UTC is 4 February in Stockholm.
    expect(mail.text).toContain('4 februari 2027');
    expect(mail.subject).not.toMatch(/Signe|klagomål/i);
  });

  it('writes the letter with the window address, the reference number and the Stockholm date', async () => {
    const pdf = await renderAnswerLetter({ referenceNumber: 'SYN-2026-000042', unit: 'Beställarenheten äldre, Hägersten-Älvsjö', ...contact, text: 'Hej Signe!\n\nVi har ändrat schemat.', sentAt: new Date('2026-12-05T23:30:00Z') }, { compress: false });
    const text = pdfText(pdf);
    for (const expected of ['Signe Andersson', 'Fruängsgatan 12', '129 52 Hägersten', 'SYN-2026-000042', '6 december 2026', 'Vi har ändrat schemat.', 'Beställarenheten äldre, Hägersten-Älvsjö']) expect(text).toContain(expected);
  });
});
