import { defineEntity, p } from '@mikro-orm/core';

export const CONTENT_KINDS = ['VENUE', 'OFFERING', 'SESSION', 'INFORMATION_PAGE'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** Who changed what in the editor, and when ("ändringshistorik"): one row per save. */
export const ContentChangeSchema = defineEntity({
  name: 'ContentChange',
  indexes: [{ properties: ['contentKind', 'contentId', 'changedAt'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    contentKind: p.enum(CONTENT_KINDS),
    contentId: p.uuid(),
    /** What was done: CREATED, EDITED, PUBLISHED, UNPUBLISHED, CANCELLED. */
    action: p.string().length(20),
    /** The languages whose text changed, and the fields, e.g. ["fi:title", "capacity"]. */
    fields: p.json<string[]>(),
    /** Identity's StaffMember id; the name is resolved through the federation, never copied. */
    staffId: p.uuid(),
    changedAt: p.datetime().onCreate(() => new Date()),
  },
});

export class ContentChange extends ContentChangeSchema.class {}
ContentChangeSchema.setClass(ContentChange);
