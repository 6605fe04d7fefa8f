import { describe, expect, it } from 'vitest';
import { knownColleagues } from './colleagues.ts';

describe('knownColleagues', () => {
  it('lists me and the assignees once each, by name', () => {
    const me = { id: 'h', name: 'Hanna Lind' };
    const list = knownColleagues(me, [{ id: 'j', name: 'Jonas Ek' }, null, { id: 'h', name: 'Hanna Lind' }, { id: 'a', name: 'Åsa Öberg' }, { id: 'j', name: 'Jonas Ek' }]);
    expect(list.map((staff) => staff.name)).toEqual(['Hanna Lind', 'Jonas Ek', 'Åsa Öberg']);
  });

  it('works before anyone is known', () => {
    expect(knownColleagues(null, [])).toEqual([]);
  });
});
