import { describe, expect, it } from 'vitest';
import { homeVisitInvitationMail, investigationCommunicatedMail } from './case-notices.ts';

const unit = 'Beställarenheten äldre, Hägersten-Älvsjö';

describe('case notices', () => {
  it('invite to the home visit with day, time and place in Stockholm time', () => {
    const mail = homeVisitInvitationMail({ to: 'erik@example.se', reference: 'ANS-2026-000001', at: new Date('2026-12-01T09:30:00Z'), place: 'Hemma hos Signe', unit });
    expect(mail.subject).toBe('Kallelse till hembesök, ärende ANS-2026-000001');
    expect(mail.text).toContain('När: tisdag 1 december 2026 klockan 10:30');
    expect(mail.text).toContain('Var: Hemma hos Signe');
  });

  it('give the Stockholm day and time of a visit just after midnight, winter and summer', () => {
    const winter = homeVisitInvitationMail({ to: 'erik@example.se', reference: 'ANS-2026-000001', at: new Date('2026-12-04T23:30:00Z'), place: 'Hemma', unit });
    expect(winter.text).toContain('När: lördag 5 december 2026 klockan 00:30');
    const summer = homeVisitInvitationMail({ to: 'erik@example.se', reference: 'ANS-2026-000001', at: new Date('2026-06-30T22:15:00Z'), place: 'Hemma', unit });
    expect(summer.text).toContain('När: onsdag 1 juli 2026 klockan 00:15');
  });

  it('tell by when to respond to the investigation, and nothing of its content', () => {
    const mail = investigationCommunicatedMail({ to: 'erik@example.se', reference: 'ANS-2026-000001', responseDueOn: '2026-11-29', unit });
    expect(mail.subject).toBe('Utredningen är klar att läsa, ärende ANS-2026-000001');
    expect(mail.text).toContain('Lämna dina synpunkter senast söndag 29 november 2026.');
  });
});
