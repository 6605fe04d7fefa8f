import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLarge, type HttpRoute, readBodyBytes, refuseUpload, type RequestContext, sendJson, type StaffActor } from '@omsorg/platform';
import { doesSurveyWork } from '../domain/survey-access.ts';
import { NATIONAL_CSV_MAX_LENGTH, parseNationalCsv, type NationalRow } from '../domain/survey-national-csv.ts';
import { SurveyNationalResult } from '../entities/survey-national-result.ts';

/*
 * POST /survey-national-results: the national survey's results for the reader's unit as a CSV
 * file (the raw body, at most 1 MB, application/octet-stream through the gateway's upload checks;
 * the columns in domain/survey-national-csv.ts). All or nothing: a file with a wrong line imports
 * nothing and answers 400 with every problem by its line; a good file replaces the unit's figures
 * for the years and questions it names and answers 200 { imported, years }. For the unit's
 * quality council and managers. The file's content is never logged.
 */

export const NATIONAL_RESULTS_PATH = '/survey-national-results';



/** Replaces the unit's figures for the years and questions the file names, in one transaction. */
export async function importNationalResults(context: RequestContext, unit: string, rows: readonly NationalRow[]): Promise<void> {
  await context.em.fork().transactional(async (em) => {
    for (const row of rows) await em.nativeDelete(SurveyNationalResult, { unit, year: row.year, question: row.question });
    await em.insertMany(SurveyNationalResult, rows.map((row) => ({ id: crypto.randomUUID(), unit, ...row, importedAt: new Date() })));
  });
}

async function upload(req: IncomingMessage, res: ServerResponse, context: RequestContext, actor: StaffActor): Promise<void> {
  const max = '1 MB';
  let bytes: Buffer;
  try {
    bytes = await readBodyBytes(req, NATIONAL_CSV_MAX_LENGTH);
  } catch (error) {
    if (error instanceof BodyTooLarge) return refuseUpload(req, res, 413, 'TOO_LARGE', context.t('error.survey.import.tooLarge', { max }));
    throw error;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuseUpload(req, res, 400, 'NOT_TEXT', context.t('error.survey.import.notText'));
  }
  const parsed = parseNationalCsv(text);
  if (!parsed.ok) {
    const problems = parsed.problems.map((problem) => ({ line: problem.line, message: context.t(problem.key, problem.params) }));
    return refuseUpload(req, res, 400, 'INVALID_FILE', problems[0]!.message, { problems });
  }
  await importNationalResults(context, actor.unit, parsed.rows);
  const years = [...new Set(parsed.rows.map((row) => row.year))].sort();
  context.log.info({ rows: parsed.rows.length, years }, 'national survey results imported');
  sendJson(res, 200, { imported: parsed.rows.length, years });
}

export const nationalResultsRoute: HttpRoute = {
  prefix: NATIONAL_RESULTS_PATH,
  maxBodyBytes: () => NATIONAL_CSV_MAX_LENGTH,
  async handle(req, res, context) {
    const actor = context.actor;
    if (!doesSurveyWork(actor)) return refuseUpload(req, res, actor.kind === 'anonymous' ? 401 : 403, 'FORBIDDEN', context.t('error.survey.import.forbidden'));
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'POST' && path === NATIONAL_RESULTS_PATH) return upload(req, res, context, actor);
    refuseUpload(req, res, 405, 'METHOD_NOT_ALLOWED', context.t('error.survey.import.badRequest'));
  },
};
