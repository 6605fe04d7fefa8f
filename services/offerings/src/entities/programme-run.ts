import { defineEntity, p } from '@mikro-orm/core';
import { PROGRAMME_LAYOUTS } from '@omsorg/rules/offerings';

export const PROGRAMME_RUN_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;

/** A printable programme for a district and month, made by the `offerings.programme` job with progress. */
export const ProgrammeRunSchema = defineEntity({
  name: 'ProgrammeRun',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    district: p.string().length(100),
    /** "YYYY-MM". */
    month: p.string().length(7),
    layout: p.enum(PROGRAMME_LAYOUTS),
    language: p.string().length(12).default('sv'),
    status: p.enum(PROGRAMME_RUN_STATUSES).default('QUEUED'),
    /** 0–100. */
    progress: p.integer().default(0),
    sessionCount: p.integer().default(0),
    pdf: p.blob().nullable().lazy(),
    requestedById: p.uuid(),
    requestedAt: p.datetime().onCreate(() => new Date()),
    finishedAt: p.datetime().nullable(),
  },
});

export class ProgrammeRun extends ProgrammeRunSchema.class {}
ProgrammeRunSchema.setClass(ProgrammeRun);
