import { defineEntity, p } from '@mikro-orm/core';
import { ApplicationSchema } from './application.ts';

/** A case flagged for the weekly joint case review ("ärendedragning"). */
export const CaseReviewItemSchema = defineEntity({
  name: 'CaseReviewItem',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    application: () => p.manyToOne(ApplicationSchema).index(),
    /** ISO week of the meeting, e.g. 2026-W48. */
    week: p.string().length(8).index(),
    reason: p.text(),
    flaggedById: p.uuid(),
    flaggedAt: p.datetime().onCreate(() => new Date()),
    outcome: p.text().nullable(),
    outcomeRecordedById: p.uuid().nullable(),
    outcomeRecordedAt: p.datetime().nullable(),
  },
});

export class CaseReviewItem extends CaseReviewItemSchema.class {}
CaseReviewItemSchema.setClass(CaseReviewItem);
