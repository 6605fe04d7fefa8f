import type { IncomingMessage, ServerResponse } from 'node:http';
import { dayInStockholm } from '@omsorg/letters';
import { AccessLogEntry, contentDisposition, execute, type HttpRoute, isUuid, type RequestContext, sendJsonError } from '@omsorg/platform';
import { doesOutreach, mayReadLetters } from '../domain/access.ts';
import { letterBatchFileName } from '../domain/letter-batch.ts';
import type { Campaign } from '../entities/campaign.ts';
import { LetterBatch } from '../entities/letter-batch.ts';
import { arrayLiteral, peopleOfBatch } from './batch-sql.ts';
import { getBatchFile } from './file-store.ts';

/*
 * GET /letter-batches/<id>/file: a batch's print file, for outreach staff of the campaign's unit.
 * The gateway routes /letter-batches here as it routes /attachments (session gate, internal token).
 * The file holds many people's names, addresses and codes: every download is logged, one
 * access-log entry per person in it (resource invitation-letter), before a byte is sent.
 */



/** One access-log row per person, in ONE insert whatever the count (an array parameter, not 5 parameters a row). */
async function logDownload(context: RequestContext, staffId: string, batchId: string, personIds: readonly string[]): Promise<void> {
  if (personIds.length === 0) return;
  const meta = context.em.getMetadata().get(AccessLogEntry);
  const table = `"${meta.schema ?? context.em.config.get('schema')}"."${meta.tableName}"`;
  await execute(
    context.em,
    `insert into ${table} (id, at, staff_id, person_id, resource, resource_id) select gen_random_uuid(), now(), ?, p, 'invitation-letter', ? from unnest(?::uuid[]) as p`,
    [staffId, batchId, arrayLiteral(personIds)],
    'run',
  );
}

async function download(req: IncomingMessage, res: ServerResponse, context: RequestContext, id: string): Promise<void> {
  const notFound = () => sendJsonError(res, 404, 'NOT_FOUND', context.t('error.letters.notFound'));
  if (!isUuid(id) || context.actor.kind !== 'staff') return notFound();
  const batch = await context.em.findOne(LetterBatch, { id }, { populate: ['campaign'] });
  const campaign = batch?.campaign as Campaign | undefined;
  if (!batch || !campaign || !mayReadLetters(context.actor, campaign) || !batch.fileSize) return notFound();
  const content = await getBatchFile(context.em, batch.id);
  if (!content) {
    context.log.error({ batchId: batch.id }, 'letter batch file missing');
    return notFound();
  }
  // Logged before a byte is sent: no one reads the letters without a trace for each person.
  await logDownload(context, context.actor.staffId, batch.id, await peopleOfBatch(context.em, batch.id));
  context.log.info({ batchId: batch.id }, 'letter batch downloaded');
  res.writeHead(200, {
    'content-type': 'application/pdf',
    'content-length': String(content.length),
    'content-disposition': contentDisposition(letterBatchFileName(batch.kind, campaign.name, dayInStockholm(batch.createdAt)), 'brev.pdf'),
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
    'content-security-policy': "default-src 'none'; sandbox",
  });
  res.end(req.method === 'HEAD' ? undefined : content);
}

export const letterBatchesRoute: HttpRoute = {
  prefix: '/letter-batches',
  async handle(req, res, context) {
    if (context.actor.kind === 'anonymous') return sendJsonError(res, 401, 'UNAUTHENTICATED', context.t('error.letters.signIn'));
    if (!doesOutreach(context.actor)) return sendJsonError(res, 403, 'FORBIDDEN', context.t('error.letters.forbidden'));
    const path = (req.url ?? '/').split('?')[0] ?? '';
    const id = /^\/letter-batches\/([^/]+)\/file$/.exec(path)?.[1];
    if ((req.method === 'GET' || req.method === 'HEAD') && id) return download(req, res, context, id);
    sendJsonError(res, 405, 'METHOD_NOT_ALLOWED', context.t('error.letters.notFound'));
  },
};
