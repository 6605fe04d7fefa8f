import { describe, expect, it } from 'vitest';
import { answerInvitation, slidSessionExpiry } from './invitation.ts';

const now = new Date('2026-12-05T10:00:00Z');
const earlier = new Date('2026-12-01T10:00:00Z');

describe('answering an invitation', () => {
  it('records a first answer with its time, and a reason only with a no', () => {
    const invited = { status: 'INVITED' as const, answeredAt: null, declineReason: null };
    expect(answerInvitation(invited, 'ACCEPTED', 'ignored', now)).toEqual({ status: 'ACCEPTED', answeredAt: now, declineReason: null });
    expect(answerInvitation(invited, 'DECLINED', 'Inte nu', now)).toEqual({ status: 'DECLINED', answeredAt: now, declineReason: 'Inte nu' });
  });

  it('lets the person change their mind; the same answer again changes nothing', () => {
    const declined = { status: 'DECLINED' as const, answeredAt: earlier, declineReason: 'Inte nu' };
    expect(answerInvitation(declined, 'ACCEPTED', null, now)).toEqual({ status: 'ACCEPTED', answeredAt: now, declineReason: null });
    expect(answerInvitation(declined, 'DECLINED', 'Inte nu', now)).toBe(declined);
    const accepted = { status: 'ACCEPTED' as const, answeredAt: earlier, declineReason: null };
    expect(answerInvitation(accepted, 'ACCEPTED', null, now)).toBe(accepted);
  });

  it('keeps a session 12 hours after its last use', () => {
    expect(slidSessionExpiry(now)).toEqual(new Date('2026-12-05T22:00:00Z'));
  });
});
