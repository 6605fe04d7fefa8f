import type { EntityManager } from '@mikro-orm/postgresql';
import type { FeedbackSource, FeedbackSubject, FeedbackTarget, FeedbackType, SenderGender } from '../domain/categories.ts';
import { Feedback } from '../entities/feedback.ts';

export type StatisticsItem = {
  type: FeedbackType;
  receivedAt: string;
  senderGender?: SenderGender;
  source?: FeedbackSource;
  subject?: FeedbackSubject;
  target?: FeedbackTarget;
  unit?: string | null;
  answeredAt?: string;
  actionTakenAt?: string;
  lexSarahAt?: string;
  /** The retention job has removed the text and the sender's details. */
  removed?: boolean;
};

let serial = 0;

/** Inserts feedback items for the statistics tests, straight through the ORM (what the handling parts record). */
export async function insertStatisticsItems(em: EntityManager, items: readonly StatisticsItem[]): Promise<void> {
  const date = (value?: string) => (value ? new Date(value) : null);
  for (const item of items) {
    serial += 1;
    em.create(Feedback, {
      referenceNumber: `SYN-TEST-${String(serial).padStart(6, '0')}-${crypto.randomUUID().slice(0, 8)}`,
      type: item.type,
      subject: item.subject ?? 'OTHER',
      source: item.source ?? 'OTHER_UNKNOWN',
      target: item.target ?? 'UNIT',
      senderGender: item.senderGender ?? 'UNKNOWN',
      channel: 'WEB',
      text: item.removed ? '' : 'Ett testärende.',
      unit: item.unit === undefined ? 'Hägersten-Älvsjö' : item.unit,
      receivedAt: new Date(item.receivedAt),
      answeredAt: date(item.answeredAt),
      actionTakenAt: date(item.actionTakenAt),
      lexSarahAt: date(item.lexSarahAt),
      closedAt: item.removed ? new Date(item.receivedAt) : null,
      personalDataRemovedAt: item.removed ? new Date(item.receivedAt) : null,
    });
  }
  await em.flush();
}
