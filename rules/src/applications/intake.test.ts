import { describe, expect, it } from 'vitest';
import { isRegistrationChannel, isUrgentChannel, receivedAtIssues } from './intake.ts';

const now = { receivedOn: '2026-12-05', receivedTime: '08:15' };

describe('receivedAtIssues', () => {
  it('accepts now and any time before it, also on an earlier day', () => {
    expect(receivedAtIssues(now, now)).toEqual([]);
    expect(receivedAtIssues({ receivedOn: '2026-12-05', receivedTime: '00:00' }, now)).toEqual([]);
    expect(receivedAtIssues({ receivedOn: '2026-12-01', receivedTime: '23:59' }, now)).toEqual([]);
  });

  it('refuses a later time today and any later day', () => {
    expect(receivedAtIssues({ receivedOn: '2026-12-05', receivedTime: '08:16' }, now)).toEqual([{ field: 'receivedTime', key: 'validation.timeNotInFuture' }]);
    expect(receivedAtIssues({ receivedOn: '2026-12-06', receivedTime: '00:00' }, now)).toEqual([{ field: 'receivedOn', key: 'validation.notInFuture' }]);
  });

  it('says which part is missing or malformed', () => {
    expect(receivedAtIssues({ receivedOn: '', receivedTime: '24:00' }, now)).toEqual([
      { field: 'receivedOn', key: 'validation.required' },
      { field: 'receivedTime', key: 'validation.clockTime' },
    ]);
    expect(receivedAtIssues({ receivedOn: '2026-02-30', receivedTime: '' }, now)).toEqual([
      { field: 'receivedOn', key: 'validation.day' },
      { field: 'receivedTime', key: 'validation.required' },
    ]);
  });
});

describe('registration channels', () => {
  it('takes the four staff channels, and only a discharge notice is urgent by itself', () => {
    expect(['PHONE', 'PAPER', 'CONTACT_CENTRE', 'HOSPITAL_DISCHARGE'].every(isRegistrationChannel)).toBe(true);
    expect(isRegistrationChannel('WEB')).toBe(false);
    expect(isRegistrationChannel('OUTREACH')).toBe(false);
    expect(isUrgentChannel('HOSPITAL_DISCHARGE')).toBe(true);
    expect(isUrgentChannel('PHONE')).toBe(false);
  });
});
