import { describe, expect, it } from 'vitest';
import { BookingStatus, MeetingKind } from '../../generated/graphql.ts';
import ar from '../../locales/calendar/ar.json' with { type: 'json' };
import en from '../../locales/calendar/en.json' with { type: 'json' };
import fi from '../../locales/calendar/fi.json' with { type: 'json' };
import sv from '../../locales/calendar/sv.json' with { type: 'json' };

/** Every key path of a message tree, sorted. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) => (typeof value === 'object' && value !== null ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]))
    .sort();
}

describe('calendar messages', () => {
  it('have the same keys in Swedish, English, Finnish and Arabic', () => {
    for (const messages of [en, fi, ar]) expect(keys(messages)).toEqual(keys(sv));
  });

  it('name every meeting kind and booking status the schema has', () => {
    for (const messages of [sv, en, fi, ar]) {
      expect(Object.keys(messages.outreach.calendar.kind).sort()).toEqual(Object.values(MeetingKind).sort());
      expect(Object.keys(messages.outreach.calendar.status).sort()).toEqual(Object.values(BookingStatus).sort());
    }
  });
});
