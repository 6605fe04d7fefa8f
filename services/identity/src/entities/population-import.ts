import { defineEntity, p } from '@mikro-orm/core';
import { IMPORT_REFUSALS } from '../domain/population-extract.ts';
import { StaffMemberSchema } from './staff-member.ts';

export const IMPORT_STATUSES = ['RUNNING', 'DONE', 'FAILED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/**
 * One upload of the district's population extract: who, when, which file, and the counts the
 * staff page's progress bar polls. The rows themselves go to jobs of 1,000 (`identity.population-import`);
 * each job adds its counts here, and the last one marks the run DONE.
 */
export const ImportRunSchema = defineEntity({
  name: 'ImportRun',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    startedBy: () => p.manyToOne(StaffMemberSchema),
    /** The unit of who started it: the runs a unit's staff see. */
    unit: p.string().length(200).index(),
    fileName: p.string().length(255),
    status: p.enum(IMPORT_STATUSES).default('RUNNING'),
    startedAt: p.datetime().onCreate(() => new Date()).index(),
    finishedAt: p.datetime().nullable(),
    /** Data rows in the file (the header not counted). */
    rowsRead: p.integer().default(0),
    created: p.integer().default(0),
    updated: p.integer().default(0),
    unchanged: p.integer().default(0),
    refused: p.integer().default(0),
    /** Jobs the file was split into: null while the file is still being read. */
    chunksTotal: p.integer().nullable(),
    chunksDone: p.integer().default(0),
    /** Why a FAILED run failed, as a message key (the file could not be read as CSV, …). */
    failure: p.string().length(64).nullable(),
  },
});

export class ImportRun extends ImportRunSchema.class {}
ImportRunSchema.setClass(ImportRun);

/** A row of the extract that was not imported: its line in the file and why. Never the personnummer. */
export const ImportRefusedRowSchema = defineEntity({
  name: 'ImportRefusedRow',
  uniques: [{ properties: ['run', 'line'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    run: () => p.manyToOne(ImportRunSchema).deleteRule('cascade'),
    line: p.integer(),
    reason: p.enum(IMPORT_REFUSALS),
  },
});

export class ImportRefusedRow extends ImportRefusedRowSchema.class {}
ImportRefusedRowSchema.setClass(ImportRefusedRow);

/** A chunk a job has applied: a retried job finds its row and does nothing twice. */
export const ImportChunkSchema = defineEntity({
  name: 'ImportChunk',
  properties: {
    runId: p.uuid().primary(),
    chunk: p.integer().primary(),
  },
});

export class ImportChunk extends ImportChunkSchema.class {}
ImportChunkSchema.setClass(ImportChunk);
