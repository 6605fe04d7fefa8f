import { definePage, idSchema, pageArgs, toPage } from '@omsorg/platform';
import { mayImportPopulation, mayReadPopulationImport } from '../domain/access.ts';
import { IMPORT_REFUSALS } from '../domain/population-extract.ts';
import { IMPORT_STATUSES, ImportRefusedRow, ImportRun } from '../entities/population-import.ts';
import { builder } from './builder.ts';
import { StaffMemberRef } from './staff-member.ts';

/*
 * Following an upload of the population extract (POST /population-imports): the runs of the
 * staff member's unit with their counts, and the rows refused, by line and reason. No personal
 * data: a refused row is never shown with its content.
 */

const ImportStatusEnum = builder.enumType('PopulationImportStatus', {
  description: 'RUNNING (rows are being imported), DONE, FAILED (the file could not be read; nothing from it was imported).',
  values: IMPORT_STATUSES,
});

const ImportRefusalEnum = builder.enumType('PopulationImportRefusal', {
  description: 'Why a row of the extract was not imported: an invalid or repeated personnummer, a missing name, street address, postal code or postal town, an invalid postal code, a value too long, forbidden characters (or not UTF-8), or a row with the wrong number of columns.',
  values: IMPORT_REFUSALS,
});

const RefusedRowRef = builder.objectRef<ImportRefusedRow>('PopulationImportRefusedRow').implement({
  description: 'A row of the extract that was not imported ("avvisad rad"): its line in the file (the header is line 1) and why.',
  fields: (t) => ({
    line: t.exposeInt('line'),
    reason: t.field({ type: ImportRefusalEnum, resolve: (row) => row.reason }),
  }),
});
const RefusedRowPage = definePage(builder, 'PopulationImportRefusedRow', RefusedRowRef);

const ImportRunRef = builder.objectRef<ImportRun>('PopulationImport').implement({
  description: 'One upload of the district population extract ("inläsning av befolkningsuttag") with its progress and counts.',
  fields: (t) => ({
    id: t.exposeID('id'),
    fileName: t.exposeString('fileName'),
    status: t.field({ type: ImportStatusEnum, resolve: (run) => run.status }),
    failure: t.exposeString('failure', { nullable: true, description: 'Why a FAILED run failed: NOT_CSV, MISSING_COLUMNS, TOO_LARGE or INTERNAL.' }),
    startedAt: t.string({ resolve: (run) => run.startedAt.toISOString() }),
    finishedAt: t.string({ nullable: true, resolve: (run) => run.finishedAt?.toISOString() ?? null }),
    startedBy: t.field({ type: StaffMemberRef, resolve: (run, _args, context) => StaffMemberRef.getDataloader(context).load(run.startedBy.id) }),
    rowsRead: t.exposeInt('rowsRead', { description: 'Data rows in the file (the header not counted).' }),
    created: t.exposeInt('created', { description: 'Persons new to Omsorg.' }),
    updated: t.exposeInt('updated', { description: 'Persons whose name, address or district area changed.' }),
    unchanged: t.exposeInt('unchanged'),
    refused: t.exposeInt('refused'),
    processed: t.int({ description: 'Rows handled so far (created, updated, unchanged and refused): with rowsRead, the progress.', resolve: (run) => run.created + run.updated + run.unchanged + run.refused }),
    refusedRows: t.field({
      type: RefusedRowPage,
      description: 'The rows refused, by line.',
      args: pageArgs(t.arg),
      resolve: async (run, args, context) => {
        const [nodes, totalCount] = await context.em.findAndCount(ImportRefusedRow, { run: run.id }, { orderBy: { line: 'asc' }, limit: args.limit, offset: args.offset });
        return toPage(nodes, totalCount, args);
      },
    }),
  }),
});
const ImportRunPage = definePage(builder, 'PopulationImport', ImportRunRef);

builder.queryField('populationImports', (t) =>
  t.field({
    type: ImportRunPage,
    description: 'The population extract imports of the signed-in staff member’s unit, newest first. Outreach staff and managers only (else FORBIDDEN).',
    authScopes: (_root, _args, context) => mayImportPopulation(context.actor),
    args: pageArgs(t.arg),
    resolve: async (_root, args, context) => {
      if (context.actor.kind !== 'staff') return toPage([], 0, args);
      const [nodes, totalCount] = await context.em.findAndCount(ImportRun, { unit: context.actor.unit }, { orderBy: { startedAt: 'desc', id: 'asc' }, limit: args.limit, offset: args.offset });
      return toPage(nodes, totalCount, args);
    },
  }),
);

builder.queryField('populationImport', (t) =>
  t.field({
    type: ImportRunRef,
    nullable: true,
    description: 'One import, for its progress and refused rows; null when there is none of the staff member’s unit. Outreach staff and managers only (else FORBIDDEN).',
    authScopes: (_root, _args, context) => mayImportPopulation(context.actor),
    args: { id: t.arg.id({ required: true, validate: idSchema }) },
    resolve: async (_root, { id }, context) => {
      const run = await context.em.findOne(ImportRun, { id: String(id) });
      return run && mayReadPopulationImport(context.actor, run) ? run : null;
    },
  }),
);
