import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../testing/schema-issues.ts';
import { orderSchema, planReceivedSchema, providerChoiceSchema, serviceStartSchema, toOrderInput, toPlanInput, toProviderChoiceInput, toServiceStartInput } from './order-form.ts';

const today = '2026-12-01';

describe('order to a provider', () => {
  it('needs the chosen provider, goals and a start date', () => {
    const contact = { serviceAddress: '', caseworkerName: '', caseworkerPhone: '' };
    expect(issuesOf(orderSchema, { providerId: '', goals: ' ', startOn: '', ...contact })).toEqual([
      ['providerId', 'case.order.errors.provider'],
      ['goals', 'case.order.errors.goals'],
      ['startOn', 'case.order.errors.startOn'],
    ]);
    expect(issuesOf(orderSchema, { providerId: 'p', goals: 'Klara morgonen själv', startOn: '2026-12-32', ...contact })).toEqual([['startOn', 'validation.day']]);
    expect(issuesOf(orderSchema, { providerId: 'p', goals: 'Klara morgonen själv', startOn: '2026-12-01', ...contact })).toEqual([]);
    expect(issuesOf(orderSchema, { providerId: 'p', goals: 'Klara morgonen själv', startOn: '2026-12-01', ...contact, serviceAddress: 'x'.repeat(201) })).toEqual([
      ['serviceAddress', 'validation.tooLong'],
    ]);
  });

  it('maps the order to the input, what the provider is told included', () => {
    const checked = orderSchema.parse({ providerId: 'p', goals: ' Duscha tryggt ', startOn: '2026-12-01', serviceAddress: ' Hägerstensvägen 1 ', caseworkerName: 'Hanna Lind', caseworkerPhone: '' });
    expect(toOrderInput('d-1', checked)).toEqual({
      decisionId: 'd-1',
      providerId: 'p',
      goals: 'Duscha tryggt',
      startOn: '2026-12-01',
      serviceAddress: 'Hägerstensvägen 1',
      caseworkerName: 'Hanna Lind',
      caseworkerPhone: null,
    });
  });

  it('records a choice made by phone: a representative by name', () => {
    expect(issuesOf(providerChoiceSchema, { providerId: 'p', madeBy: 'REPRESENTATIVE', madeByName: ' ' })).toEqual([['madeByName', 'case.order.errors.madeByName']]);
    expect(issuesOf(providerChoiceSchema, { providerId: '', madeBy: '', madeByName: '' }).map(([field]) => field)).toEqual(['providerId', 'madeBy']);
    const checked = providerChoiceSchema.parse({ providerId: 'p', madeBy: 'PERSON', madeByName: '' });
    expect(toProviderChoiceInput('d-1', checked)).toEqual({ decisionId: 'd-1', providerId: 'p', madeBy: 'PERSON', madeByName: null });
  });

  it('records the implementation plan and the start on days that have been', () => {
    expect(issuesOf(planReceivedSchema(today), { receivedOn: '2026-12-02' })).toEqual([['receivedOn', 'validation.notInFuture']]);
    expect(toPlanInput('o-1', planReceivedSchema(today).parse({ receivedOn: today }))).toEqual({ orderId: 'o-1', receivedOn: today });
    expect(issuesOf(serviceStartSchema(today), { startedOn: '' })).toEqual([['startedOn', 'case.order.errors.startedOn']]);
    expect(toServiceStartInput('d-1', serviceStartSchema(today).parse({ startedOn: today }))).toEqual({ decisionId: 'd-1', startedOn: today });
  });
});
