import { describe, expect, it } from 'vitest';
import { AttendanceGender, RegistrationNoticeChannel, RegistrationStatus } from '../../generated/graphql.ts';
import staffAr from '../../staff/attendance/locales/ar.json' with { type: 'json' };
import staffEn from '../../staff/attendance/locales/en.json' with { type: 'json' };
import staffFi from '../../staff/attendance/locales/fi.json' with { type: 'json' };
import staffSv from '../../staff/attendance/locales/sv.json' with { type: 'json' };
import ar from './locales/ar.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import fi from './locales/fi.json' with { type: 'json' };
import sv from './locales/sv.json' with { type: 'json' };

/** Every key path of a message tree, sorted. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) => (typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`]))
    .sort();
}

describe('registration and attendance messages', () => {
  it('have the same keys in Swedish, English, Finnish and Arabic', () => {
    for (const other of [en, fi, ar]) expect(keys(other)).toEqual(keys(sv));
    for (const other of [staffEn, staffFi, staffAr]) expect(keys(other)).toEqual(keys(staffSv));
  });

  it('name every status, channel and gender the schema has', () => {
    for (const { offerings } of [sv, en, fi, ar]) {
      expect(Object.keys(offerings.registration.status).sort()).toEqual(Object.values(RegistrationStatus).sort());
      for (const channel of Object.values(RegistrationNoticeChannel)) expect(offerings.registration.noticeBy[channel]).toBeTruthy();
    }
    for (const { offerings } of [staffSv, staffEn, staffFi, staffAr]) {
      expect(Object.keys(offerings.attendance.gender).sort()).toEqual(Object.values(AttendanceGender).sort());
      expect(Object.keys(offerings.attendance.status).sort()).toEqual(Object.values(RegistrationStatus).sort());
    }
  });
});
