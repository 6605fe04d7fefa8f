import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationFailure, type RequestContext } from '@omsorg/platform';
import type { ContentFacts } from '../domain/access.ts';
import type { ContentKind } from '../entities/content-change.ts';
import { publishFromInstant, publishUntilInstant } from './dates.ts';
import { recordContentChange } from './history.ts';

type Publishable = { id: string; status: 'DRAFT' | 'PUBLISHED'; publishFrom?: Date | null; publishUntil?: Date | null; version: number };

/** What domain/access.ts needs to know about an entity's publishing. */
export const contentFacts = (content: Omit<Publishable, 'id' | 'version'>): ContentFacts => ({
  status: content.status,
  publishFrom: content.publishFrom ?? null,
  publishUntil: content.publishUntil ?? null,
});

/** Publishes (with optional first and last days) or unpublishes, bumps the version and writes the history. */
export function setPublished(
  em: EntityManager,
  context: RequestContext,
  content: Publishable,
  change: { kind: ContentKind; staffId: string; publish: boolean; publishFrom?: string | null; publishUntil?: string | null },
): void {
  if (change.publish) {
    const from = change.publishFrom ?? null;
    const until = change.publishUntil ?? null;
    if (from && until && until < from) {
      throw new ValidationFailure(context.t('validation.summary'), [{ field: 'publishUntil', message: context.t('validation.offerings.publishUntilBeforeFrom') }]);
    }
    content.status = 'PUBLISHED';
    content.publishFrom = from ? publishFromInstant(from) : null;
    content.publishUntil = until ? publishUntilInstant(until) : null;
  } else {
    content.status = 'DRAFT';
  }
  content.version += 1;
  const fields = change.publish ? ['status', ...(change.publishFrom ? ['publishFrom'] : []), ...(change.publishUntil ? ['publishUntil'] : [])] : ['status'];
  recordContentChange(em, { kind: change.kind, id: content.id, action: change.publish ? 'PUBLISHED' : 'UNPUBLISHED', fields, staffId: change.staffId });
}

/** A ValidationError with one issue. */
export function invalidField(context: RequestContext, field: string, key: string, params?: Record<string, string | number>): ValidationFailure {
  return new ValidationFailure(context.t('validation.summary'), [{ field, message: context.t(key, params) }]);
}
