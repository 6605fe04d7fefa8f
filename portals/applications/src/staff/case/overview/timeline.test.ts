import { describe, expect, it } from 'vitest';
import { eventDetails, newestFirst } from './timeline.ts';

describe('timeline', () => {
  it('picks the known parts of an event in a fixed order', () => {
    const details = eventDetails({ data: JSON.stringify({ outcome: 'GRANTED', serviceType: 'SAFETY_ALARM', secret: 'x', hoursPerMonth: 40, inTime: false }) });
    expect(details).toEqual([
      { key: 'serviceType', kind: 'serviceType', value: 'SAFETY_ALARM' },
      { key: 'outcome', kind: 'outcome', value: 'GRANTED' },
      { key: 'hoursPerMonth', kind: 'hours', value: '40' },
      { key: 'inTime', kind: 'boolean', value: 'false' },
    ]);
  });

  it('ignores missing, broken or odd data', () => {
    expect(eventDetails({ data: null })).toEqual([]);
    expect(eventDetails({ data: '{not json' })).toEqual([]);
    expect(eventDetails({ data: '[1,2]' })).toEqual([]);
    expect(eventDetails({ data: JSON.stringify({ place: { street: 'x' }, reason: '' }) })).toEqual([]);
  });

  it('sorts newest first without changing the original', () => {
    const events = [
      { id: '1', at: '2026-11-01T08:00:00Z', type: 'SUBMITTED', actor: null, data: null },
      { id: '2', at: '2026-11-03T08:00:00Z', type: 'TAKEN', actor: { id: 's-hanna', name: 'Hanna Lind' }, data: null },
    ];
    expect(newestFirst(events).map((event) => event.id)).toEqual(['2', '1']);
    expect(events[0]!.id).toBe('1');
  });
});
