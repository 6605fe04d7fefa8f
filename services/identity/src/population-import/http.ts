import type { IncomingMessage, ServerResponse } from 'node:http';
import { enforceRateLimit, enqueueJob, hasForbiddenCharacters, type HttpRoute, RateLimitFailure, refuseUpload, type RequestContext, sendJson, type StaffActor } from '@omsorg/platform';
import { mayImportPopulation } from '../domain/access.ts';
import type { ExtractRow } from '../domain/population-extract.ts';
import { ImportRefusedRow, ImportRun } from '../entities/population-import.ts';
import { StaffMember } from '../entities/staff-member.ts';
import { IMPORT_CHUNK_ROWS, POPULATION_IMPORT_QUEUE } from '../jobs/population-import.ts';
import { populationImportsLimit } from '../rate-limits.ts';
import { ExtractMissingColumns, ExtractNotCsv, ExtractTooLarge, readExtract } from './read-extract.ts';

/*
 * POST /population-imports: the district's population extract as the raw body
 * (application/octet-stream through the gateway's upload checks), its name percent-encoded in
 * X-File-Name. Streamed and parsed as it arrives; accepted rows go to jobs of 1,000
 * (`identity.population-import`), refused rows are kept with their line and reason. Answers
 * 202 { run: { id } } once the file is read; the page then follows the run through GraphQL.
 * Neither the file's name nor its content is ever logged.
 */

/** The largest extract: POPULATION_IMPORT_MAX_BYTES, default 50 MB (a district of 100,000 residents is some 8 MB). */
export function maxImportBytes(): number {
  const configured = Number(process.env.POPULATION_IMPORT_MAX_BYTES);
  return Number.isInteger(configured) && configured > 0 ? configured : 50 * 1024 * 1024;
}

const FILE_NAME_MAX = 255;



function fileNameOf(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  let name: string;
  try {
    name = decodeURIComponent(header).normalize('NFC').trim();
  } catch {
    return null;
  }
  if (!name || name.length > FILE_NAME_MAX || hasForbiddenCharacters(name) || !/\.(csv|txt)$/i.test(name)) return null;
  return name;
}

/** Reads the file into jobs and refused rows in one transaction: a file that turns out unreadable leaves nothing behind but its FAILED run. */
async function importFile(req: IncomingMessage, context: RequestContext, run: ImportRun): Promise<void> {
  await context.em.fork().transactional(async (em) => {
    let pending: ExtractRow[] = [];
    let refused: Array<{ line: number; reason: ImportRefusedRow['reason'] }> = [];
    let chunks = 0;
    let refusedCount = 0;
    const sendChunk = async () => {
      if (pending.length === 0) return;
      const chunk = chunks++;
      await enqueueJob(em, POPULATION_IMPORT_QUEUE, { runId: run.id, chunk, rows: pending }, { singletonKey: `${run.id}:${chunk}` });
      pending = [];
    };
    const saveRefused = async () => {
      if (refused.length === 0) return;
      await em.insertMany(ImportRefusedRow, refused.map(({ line, reason }) => ({ id: crypto.randomUUID(), run: run.id, line, reason })));
      refusedCount += refused.length;
      refused = [];
    };
    const rowsRead = await readExtract(req, maxImportBytes(), {
      accepted: async (row) => {
        pending.push(row);
        if (pending.length >= IMPORT_CHUNK_ROWS) await sendChunk();
      },
      refused: async (line, reason) => {
        refused.push({ line, reason });
        if (refused.length >= IMPORT_CHUNK_ROWS) await saveRefused();
      },
    });
    await sendChunk();
    await saveRefused();
    const done = chunks === 0;
    await em.nativeUpdate(ImportRun, { id: run.id }, { rowsRead, refused: refusedCount, chunksTotal: chunks, ...(done ? { status: 'DONE', finishedAt: new Date() } : {}) });
  });
}

async function markFailed(context: RequestContext, runId: string, failure: string): Promise<void> {
  await context.em.fork().nativeUpdate(ImportRun, { id: runId }, { status: 'FAILED', failure, finishedAt: new Date() });
}

async function upload(req: IncomingMessage, res: ServerResponse, context: RequestContext, actor: StaffActor): Promise<void> {
  const maxBytes = maxImportBytes();
  const max = `${Math.floor(maxBytes / (1024 * 1024))} MB`;
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return refuseUpload(req, res, 413, 'TOO_LARGE', context.t('error.populationImport.tooLarge', { max }));
  const fileName = fileNameOf(req.headers['x-file-name']);
  if (!fileName) return refuseUpload(req, res, 400, 'BAD_REQUEST', context.t('error.populationImport.badRequest'));
  try {
    await enforceRateLimit(context, populationImportsLimit(), `staff:${actor.staffId}`, 'error.rateLimited.populationImports');
  } catch (error) {
    if (!(error instanceof RateLimitFailure)) throw error;
    return refuseUpload(req, res, 429, 'RATE_LIMITED', error.message, {}, { 'retry-after': String(error.retryAfterSeconds) });
  }
  const em = context.em.fork();
  const run = em.create(ImportRun, { startedBy: em.getReference(StaffMember, actor.staffId), unit: actor.unit, fileName });
  await em.flush();
  try {
    await importFile(req, context, run);
  } catch (error) {
    const answer = failureAnswer(error, context, max);
    if (!answer) {
      await markFailed(context, run.id, 'INTERNAL');
      throw error;
    }
    await markFailed(context, run.id, answer.code);
    context.log.info({ importRunId: run.id, failure: answer.code }, 'population import refused');
    return refuseUpload(req, res, answer.status, answer.code, answer.message, { run: { id: run.id } });
  }
  context.log.info({ importRunId: run.id }, 'population import read');
  sendJson(res, 202, { run: { id: run.id } });
}

function failureAnswer(error: unknown, context: RequestContext, max: string): { status: number; code: string; message: string } | null {
  if (error instanceof ExtractTooLarge) return { status: 413, code: 'TOO_LARGE', message: context.t('error.populationImport.tooLarge', { max }) };
  if (error instanceof ExtractNotCsv) return { status: 400, code: 'NOT_CSV', message: context.t('error.populationImport.notCsv', { line: error.line }) };
  if (error instanceof ExtractMissingColumns) return { status: 400, code: 'MISSING_COLUMNS', message: context.t('error.populationImport.missingColumns', { columns: error.missing.join(', ') }) };
  return null;
}

export const populationImportRoute: HttpRoute = {
  prefix: '/population-imports',
  maxBodyBytes: maxImportBytes,
  async handle(req, res, context) {
    if (context.actor.kind === 'anonymous') return refuseUpload(req, res, 401, 'UNAUTHENTICATED', context.t('error.populationImport.signIn'));
    if (!mayImportPopulation(context.actor) || context.actor.kind !== 'staff') return refuseUpload(req, res, 403, 'FORBIDDEN', context.t('error.populationImport.forbidden'));
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'POST' && path === '/population-imports') return upload(req, res, context, context.actor);
    refuseUpload(req, res, 405, 'METHOD_NOT_ALLOWED', context.t('error.populationImport.badRequest'));
  },
};
