import { day, requiredText } from '@omsorg/rules';
import { ORDER_GOALS_MAX_LENGTH } from '@omsorg/rules/applications';
import { z } from 'zod';
import type { OrderServiceInput, RecordImplementationPlanInput, RecordServiceStartInput } from '../../../generated/graphql.ts';

/** The order to the provider the person chose: who, the goals, and from when. */
export const orderSchema = z.object({
  providerId: z.string().min(1, 'case.order.errors.provider'),
  goals: requiredText(ORDER_GOALS_MAX_LENGTH, 'case.order.errors.goals'),
  startOn: day({ missing: 'case.order.errors.startOn' }),
});

export function toOrderInput(decisionId: string, form: z.output<typeof orderSchema>): OrderServiceInput {
  return { decisionId, ...form };
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
