import type { Actor, StaffRole } from '@omsorg/platform';
import type { TestSubgraph } from '@omsorg/platform/testing';
import type { FeedbackChannel, FeedbackStatus, FeedbackTarget, FeedbackType } from '../domain/categories.ts';
import { Feedback } from '../entities/feedback.ts';

/** Test people and items for the handling's integration tests. */
export const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
export const OTHER_UNIT = 'Beställarenheten äldre, Skärholmen';

export const staff = (role: StaffRole, staffId: string = crypto.randomUUID(), unit = UNIT): Actor & { kind: 'staff' } => ({ kind: 'staff', staffId, roles: [role], unit });

export type ItemFacts = {
  unit?: string | null;
  handlerId?: string | null;
  personId?: string | null;
  text?: string;
  status?: FeedbackStatus;
  type?: FeedbackType;
  target?: FeedbackTarget;
  channel?: FeedbackChannel;
  receivedAt?: Date;
  classifiedAt?: Date | null;
};

let serial = 900_000;

/** Inserts an item as it would be after the web form or a registration, with the facts given. */
export async function insertItem(subgraph: TestSubgraph, facts: ItemFacts = {}): Promise<Feedback> {
  const em = subgraph.orm.em.fork();
  serial += 1;
  const text = facts.text ?? 'Hemtjänsten kom inte.';
  const item = em.create(Feedback, {
    referenceNumber: `SYN-2026-${serial}`,
    type: facts.type ?? 'COMPLAINT',
    subject: 'MISSED_OR_DELAYED_SERVICE',
    target: facts.target ?? 'UNIT',
    text,
    textHasSensitiveDetails: /\d{6}-?\d{4}/.test(text),
    anonymous: facts.personId == null,
    personId: facts.personId ?? null,
    channel: facts.channel ?? 'WEB',
    unit: facts.unit === undefined ? UNIT : facts.unit,
    handlerId: facts.handlerId ?? null,
    status: facts.status ?? 'RECEIVED',
    classifiedAt: facts.classifiedAt ?? null,
    receivedAt: facts.receivedAt ?? new Date(),
  });
  await em.flush();
  return item;
}
