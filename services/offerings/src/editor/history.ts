import type { EntityManager } from '@mikro-orm/postgresql';
import { type ContentChange, ContentChangeSchema, type ContentKind } from '../entities/content-change.ts';

export type ContentAction = 'CREATED' | 'EDITED' | 'PUBLISHED' | 'UNPUBLISHED' | 'CANCELLED';

/**
 * Records who changed what in the editor ("ändringshistorik"), in the same transaction as the
 * change. `fields` names what changed, with the language for texts, e.g. ["fi:title", "capacity"].
 */
export function recordContentChange(
  em: EntityManager,
  change: { kind: ContentKind; id: string; action: ContentAction; fields: string[]; staffId: string },
): ContentChange {
  return em.create(ContentChangeSchema, {
    contentKind: change.kind,
    contentId: change.id,
    action: change.action,
    fields: change.fields,
    staffId: change.staffId,
  });
}
