import type { Actor } from '@omsorg/platform';
import { describe, expect, it } from 'vitest';
import { mayMakeProgramme } from './access.ts';

const kerstin: Actor = { kind: 'staff', staffId: '00000000-0000-4000-8000-000000000001', roles: ['ACTIVITIES'], unit: 'Träffpunkter och aktiviteter, Hägersten-Älvsjö' };
const hanna: Actor = { kind: 'staff', staffId: '00000000-0000-4000-8000-000000000003', roles: ['CASEWORKER', 'MANAGER', 'QUALITY_COUNCIL', 'OUTREACH'], unit: 'Beställarenheten äldre, Hägersten-Älvsjö' };
const signe: Actor = { kind: 'person', personId: '00000000-0000-4000-8000-0000000000a1', actingFor: [] };
const anonymous: Actor = { kind: 'anonymous' };

describe('who may make the printable programme', () => {
  it('lets staff with the activities role, whatever their unit', () => {
    expect(mayMakeProgramme(kerstin)).toBe(true);
    expect(mayMakeProgramme({ ...kerstin, unit: 'Träffpunkter, Skärholmen' } as Actor)).toBe(true);
  });

  it('refuses staff without it, citizens and visitors', () => {
    for (const actor of [hanna, signe, anonymous]) expect(mayMakeProgramme(actor)).toBe(false);
  });
});
