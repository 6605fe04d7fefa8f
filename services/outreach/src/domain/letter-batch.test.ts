import { describe, expect, it } from 'vitest';
import { isValidReminderWeeks, letterBatchFileName, reminderCutoff } from './letter-batch.ts';

describe('letter batches (pure)', () => {
  it('names the print file after the kind, the campaign and the day', () => {
    expect(letterBatchFileName('INVITATION', 'Hälsosamtal för dig som fyller 75', '2026-12-05')).toBe('inbjudningar-hälsosamtal-för-dig-som-fyller-75-2026-12-05.pdf');
    expect(letterBatchFileName('REMINDER', '  "Hej"/../; 80 år  ', '2026-12-05')).toBe('paminnelser-hej-80-år-2026-12-05.pdf');
    expect(letterBatchFileName('INVITATION', '!!!', '2026-12-05')).toBe('inbjudningar-kampanj-2026-12-05.pdf');
    expect(letterBatchFileName('INVITATION', 'a'.repeat(300), '2026-12-05')).toHaveLength('inbjudningar-'.length + 80 + '-2026-12-05.pdf'.length);
  });

  it('reminds invitations made at least the weeks before', () => {
    expect(reminderCutoff(new Date('2026-12-22T06:00:00Z'), 3).toISOString()).toBe('2026-12-01T06:00:00.000Z');
  });

  it('takes 1..52 weeks or none', () => {
    expect([null, undefined, 1, 4, 52].every(isValidReminderWeeks)).toBe(true);
    expect([0, -1, 53, 2.5].some(isValidReminderWeeks)).toBe(false);
  });
});
