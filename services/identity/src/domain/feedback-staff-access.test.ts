import type { Actor, StaffRole } from '@omsorg/platform';
import { describe, expect, it } from 'vitest';
import { mayListFeedbackHandlers } from './feedback-staff-access.ts';

const staff = (role: StaffRole): Actor => ({ kind: 'staff', staffId: 's', roles: [role], unit: 'Enhet' });

describe('who may list the staff feedback can be assigned to', () => {
  it('is the quality council and managers only', () => {
    expect(mayListFeedbackHandlers(staff('QUALITY_COUNCIL'))).toBe(true);
    expect(mayListFeedbackHandlers(staff('MANAGER'))).toBe(true);
    for (const actor of [staff('CASEWORKER'), staff('OUTREACH'), { kind: 'person', personId: 'p', actingFor: [] } as Actor, { kind: 'anonymous' } as Actor, { kind: 'system' } as Actor]) {
      expect(mayListFeedbackHandlers(actor)).toBe(false);
    }
  });
});
