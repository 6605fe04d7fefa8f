import { describe, expect, it } from 'vitest';
import { toOrderInput, toPlanInput, toServiceStartInput, validateOrder, validatePlanReceived, validateServiceStart } from './order-form.ts';

describe('order to a provider', () => {
  it('needs the chosen provider, goals and a start date', () => {
    expect(validateOrder({ providerId: '', goals: '', startOn: '' }).map((issue) => issue.field)).toEqual(['providerId', 'goals', 'startOn']);
    expect(validateOrder({ providerId: 'p', goals: 'Klara morgonen själv', startOn: '2026-12-01' })).toEqual([]);
  });

  it('maps the order to the input', () => {
    expect(toOrderInput('d-1', { providerId: 'p', goals: ' Duscha tryggt ', startOn: '2026-12-01' })).toEqual({ decisionId: 'd-1', providerId: 'p', goals: 'Duscha tryggt', startOn: '2026-12-01' });
  });

  it('records the implementation plan and the start on days that have been', () => {
    expect(validatePlanReceived('2026-12-02', '2026-12-01')).toEqual([{ field: 'receivedOn', key: 'validation.dateInFuture' }]);
    expect(toPlanInput('o-1', '2026-12-01')).toEqual({ orderId: 'o-1', receivedOn: '2026-12-01' });
    expect(validateServiceStart('', '2026-12-01')).toEqual([{ field: 'startedOn', key: 'case.order.errors.startedOn' }]);
    expect(toServiceStartInput('d-1', '2026-12-01')).toEqual({ decisionId: 'd-1', startedOn: '2026-12-01' });
  });
});
