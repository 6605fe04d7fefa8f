import type { EntityManager } from '@mikro-orm/postgresql';
import { implementationPlanDueOn } from '../domain/deadlines.ts';
import type { Application } from '../entities/application.ts';
import type { ServiceOrder } from '../entities/service-order.ts';
import type { CaseMail } from './case-mail.ts';
import { enqueueMail } from './mail-queue.ts';
import { orderPlacedMail, providerOrderMail } from './step-notices.ts';

/** To the person or representative: who will provide the service, from when. Once per order. */
export function orderPlacedMailFor(order: ServiceOrder): CaseMail {
  return {
    purpose: 'order-placed',
    event: `order-placed:${order.id}`,
    build: (facts) => orderPlacedMail({ ...facts, serviceType: order.decision.requestedService.serviceType, providerName: order.provider.name, startOn: order.startOn }),
  };
}

export type OrderContact = { serviceAddress?: string | null; caseworkerName?: string | null; caseworkerPhone?: string | null };

/**
 * Queues the order to the provider, with what it needs to start and nothing more: the service,
 * its extent, the start, the goals, the person's name, address, phone, language and need of an
 * interpreter, and the caseworker's contact. Personal data: the job is kept three days, the
 * worker logs only its purpose and the application's id (mail-queue.ts).
 */
export async function enqueueProviderOrder(em: EntityManager, application: Application, order: ServiceOrder, contact: OrderContact): Promise<void> {
  const to = order.provider.contactEmail;
  if (!to || !application.reference) return;
  const decision = order.decision;
  const mail = providerOrderMail({
    to,
    providerName: order.provider.name,
    reference: application.reference,
    unit: application.unit,
    serviceType: decision.requestedService.serviceType,
    hoursPerMonth: decision.hoursPerMonth ?? null,
    validFrom: decision.validFrom ?? null,
    validTo: decision.validTo ?? null,
    startOn: order.startOn,
    goals: order.goals,
    person: {
      name: application.applicantName ?? null,
      address: contact.serviceAddress ?? null,
      phone: application.answers.contact.phone || null,
      language: application.answers.language,
      interpreterNeeded: application.answers.interpreterNeeded,
    },
    caseworker: { name: contact.caseworkerName ?? null, phone: contact.caseworkerPhone ?? null },
    planDueOn: implementationPlanDueOn(order.orderedOn),
  });
  await enqueueMail(em, mail, { purpose: 'provider-order', applicationId: application.id, event: `provider-order:${order.id}` });
}
