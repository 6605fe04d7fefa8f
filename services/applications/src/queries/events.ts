import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@omsorg/platform';
import { attachmentEventData, type AttachmentEventFacts } from '../domain/case-events.ts';
import { isVisibleToApplicant, type EventType } from '../domain/event-types.ts';
import { ApplicationEvent } from '../entities/application-event.ts';
import type { Application } from '../entities/application.ts';

function actorOf(actor: Actor): { actorKind: 'person' | 'staff' | 'system'; actorId: string | null } {
  if (actor.kind === 'person') return { actorKind: 'person', actorId: actor.personId };
  if (actor.kind === 'staff') return { actorKind: 'staff', actorId: actor.staffId };
  return { actorKind: 'system', actorId: null };
}

/**
 * Appends an event to the case's history. Persisted by the same flush as the change it
 * records, so the history and the state never disagree.
 */
export function recordEvent(em: EntityManager, application: Application, actor: Actor, type: EventType, data: Record<string, unknown> = {}): ApplicationEvent {
  return em.create(ApplicationEvent, { application, ...actorOf(actor), type, data, visibleToApplicant: isVisibleToApplicant(type) });
}

/** One ATTACHMENT_ADDED event per file that became part of the case now. */
export function recordAttachmentsAdded(em: EntityManager, application: Application, actor: Actor, attachments: readonly AttachmentEventFacts[]): void {
  for (const attachment of attachments) recordEvent(em, application, actor, 'ATTACHMENT_ADDED', attachmentEventData(attachment));
}
