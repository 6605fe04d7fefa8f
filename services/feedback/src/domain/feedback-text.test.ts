import { expect, it } from 'vitest';
import { normaliseFeedbackText } from './feedback-text.ts';

it('trims surrounding white space but keeps the line breaks inside', () => {
  expect(normaliseFeedbackText('  \n Hemtjänsten kom inte.\n\nIngen ringde. \t ')).toBe('Hemtjänsten kom inte.\n\nIngen ringde.');
});

it('turns Windows and old Mac line breaks into one kind', () => {
  expect(normaliseFeedbackText('Rad ett\r\nRad två\rRad tre')).toBe('Rad ett\nRad två\nRad tre');
});

it('drops control characters the database cannot store', () => {
  expect(normaliseFeedbackText('Bra\u0000 bemötande\u0007\u009B')).toBe('Bra bemötande');
});

it('keeps tabs, line breaks and letters from every alphabet', () => {
  expect(normaliseFeedbackText('Hyvä\tpalvelu\nخدمة جيدة')).toBe('Hyvä\tpalvelu\nخدمة جيدة');
});

it('leaves nothing of a text that is only white space', () => {
  expect(normaliseFeedbackText(' \n\t \r\n')).toBe('');
});
