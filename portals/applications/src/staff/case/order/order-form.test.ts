import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../testing/schema-issues.ts';
import { orderSchema, planReceivedSchema, serviceStartSchema, toOrderInput, toPlanInput, toServiceStartInput } from './order-form.ts';

const today = '2026-12-01';

describe('order to a provider', () => {
  it('needs the chosen provider, goals and a start date', () => {
    expect(issuesOf(orderSchema, { providerId: '', goals: ' ', startOn: '' })).toEqual([
      ['providerId', 'case.order.errors.provider'],
      ['goals', 'case.order.errors.goals'],
      ['startOn', 'case.order.errors.startOn'],
    ]);
    expect(issuesOf(orderSchema, { providerId: 'p', goals: 'Klara morgonen själv', startOn: '2026-12-32' })).toEqual([['startOn', 'validation.day']]);
    expect(issuesOf(orderSchema, { providerId: 'p', goals: 'Klara morgonen själv', startOn: '2026-12-01' })).toEqual([]);
  });

  it('maps the order to the input', () => {
    const checked = orderSchema.parse({ providerId: 'p', goals: ' Duscha tryggt ', startOn: '2026-12-01' });
    expect(toOrderInput('d-1', checked)).toEqual({ decisionId: 'd-1', providerId: 'p', goals: 'Duscha tryggt', startOn: '2026-12-01' });
  });

  it('records the implementation plan and the start on days that have been', () => {
    expect(issuesOf(planReceivedSchema(today), { receivedOn: '2026-12-02' })).toEqual([['receivedOn', 'validation.notInFuture']]);
    expect(toPlanInput('o-1', planReceivedSchema(today).parse({ receivedOn: today }))).toEqual({ orderId: 'o-1', receivedOn: today });
    expect(issuesOf(serviceStartSchema(today), { startedOn: '' })).toEqual([['startedOn', 'case.order.errors.startedOn']]);
    expect(toServiceStartInput('d-1', serviceStartSchema(today).parse({ startedOn: today }))).toEqual({ decisionId: 'd-1', startedOn: today });
  });
});
