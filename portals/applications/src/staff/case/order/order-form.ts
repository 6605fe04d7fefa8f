import { day, requiredText } from '@omsorg/rules';
import { ORDER_GOALS_MAX_LENGTH } from '@omsorg/rules/applications';
import { z } from 'zod';
import type { OrderServiceInput, RecordImplementationPlanInput, RecordProviderChoiceInput, RecordServiceStartInput } from '../../../generated/graphql.ts';

/** What the provider's order mail says, as staff confirm it; at most this many characters each. */
export const ORDER_CONTACT_MAX_LENGTH = 200;
const contactText = z.string().trim().max(ORDER_CONTACT_MAX_LENGTH, 'validation.tooLong');

/** The order to the provider the person chose: who, the goals, from when, and whom the provider meets and calls. */
export const orderSchema = z.object({
  providerId: z.string().min(1, 'case.order.errors.provider'),
  goals: requiredText(ORDER_GOALS_MAX_LENGTH, 'case.order.errors.goals'),
  startOn: day({ missing: 'case.order.errors.startOn' }),
  serviceAddress: contactText,
  caseworkerName: contactText,
  caseworkerPhone: contactText,
});

export function toOrderInput(decisionId: string, form: z.output<typeof orderSchema>): OrderServiceInput {
  const { serviceAddress, caseworkerName, caseworkerPhone, ...order } = form;
  return { decisionId, ...order, serviceAddress: serviceAddress || null, caseworkerName: caseworkerName || null, caseworkerPhone: caseworkerPhone || null };
}

/** A choice of provider told by phone: which provider, and who made it (a representative by name). */
export const providerChoiceSchema = z
  .object({
    providerId: z.string().min(1, 'case.order.errors.provider'),
    madeBy: z.enum(['PERSON', 'REPRESENTATIVE'], { message: 'case.order.errors.madeBy' }),
    madeByName: contactText,
  })
  .refine((choice) => choice.madeBy !== 'REPRESENTATIVE' || choice.madeByName.length > 0, { path: ['madeByName'], message: 'case.order.errors.madeByName' });

export function toProviderChoiceInput(decisionId: string, form: z.output<typeof providerChoiceSchema>): RecordProviderChoiceInput {
  return { decisionId, providerId: form.providerId, madeBy: form.madeBy, madeByName: form.madeByName || null };
}

/** The day the provider's implementation plan came, not ahead of today. */
export function planReceivedSchema(today: string) {
  return z.object({ receivedOn: day({ missing: 'case.order.errors.planDate', notAfter: today }) });
}

export function toPlanInput(orderId: string, form: z.output<ReturnType<typeof planReceivedSchema>>): RecordImplementationPlanInput {
  return { orderId, receivedOn: form.receivedOn };
}

/** The day the service started, not ahead of today. */
export function serviceStartSchema(today: string) {
  return z.object({ startedOn: day({ missing: 'case.order.errors.startedOn', notAfter: today }) });
}

export function toServiceStartInput(decisionId: string, form: z.output<ReturnType<typeof serviceStartSchema>>): RecordServiceStartInput {
  return { decisionId, startedOn: form.startedOn };
}
