import type { Actor } from '@omsorg/platform';
import { describe, expect, it } from 'vitest';
import { mayReadRegistrationOpenings, mayRegisterPerson, registrationRefusal, type RegistrableFacts } from './access.ts';

const signe: Actor = { kind: 'person', personId: '00000000-0000-4000-8000-0000000000a1', actingFor: ['00000000-0000-4000-8000-0000000000a2'] };
const stranger: Actor = { kind: 'person', personId: '00000000-0000-4000-8000-0000000000b1', actingFor: [] };
const kerstin: Actor = { kind: 'staff', staffId: '00000000-0000-4000-8000-000000000001', roles: ['ACTIVITIES'], unit: 'Träffpunkter' };
const now = new Date('2026-12-05T12:00:00Z');

function facts(change: { session?: Partial<RegistrableFacts['session']>; offering?: Partial<RegistrableFacts['offering']> } = {}): RegistrableFacts {
  return {
    session: { capacity: 10, startsAt: new Date('2026-12-10T09:00:00Z'), cancelledAt: null, ...change.session },
    offering: { status: 'PUBLISHED', publishFrom: null, publishUntil: null, audience: 'OPEN_65', registrationRequired: true, ...change.offering },
  };
}

describe('registration rules', () => {
  it('takes a registration for a published future session with places, open to all', () => {
    expect(registrationRefusal(facts(), now)).toBeNull();
  });

  it('refuses each thing that makes a session not take one, saying which', () => {
    expect(registrationRefusal(facts({ offering: { status: 'DRAFT' } }), now)).toBe('NOT_FOUND');
    expect(registrationRefusal(facts({ session: { cancelledAt: now } }), now)).toBe('CANCELLED');
    expect(registrationRefusal(facts({ session: { startsAt: now } }), now)).toBe('PAST');
    expect(registrationRefusal(facts({ session: { capacity: null } }), now)).toBe('NO_REGISTRATION');
    expect(registrationRefusal(facts({ offering: { registrationRequired: false } }), now)).toBe('NO_REGISTRATION');
    expect(registrationRefusal(facts({ offering: { audience: 'DECISION' } }), now)).toBe('DECISION');
  });

  it('lets a person register themself and those they represent, nobody else', () => {
    expect(mayRegisterPerson(signe, '00000000-0000-4000-8000-0000000000a1')).toBe(true);
    expect(mayRegisterPerson(signe, '00000000-0000-4000-8000-0000000000a2')).toBe(true);
    expect(mayRegisterPerson(stranger, '00000000-0000-4000-8000-0000000000a1')).toBe(false);
    expect(mayRegisterPerson(kerstin, '00000000-0000-4000-8000-0000000000a1')).toBe(false);
    expect(mayReadRegistrationOpenings(stranger, '00000000-0000-4000-8000-0000000000a1')).toBe(false);
    expect(mayReadRegistrationOpenings(signe, '00000000-0000-4000-8000-0000000000a2')).toBe(true);
  });
});
