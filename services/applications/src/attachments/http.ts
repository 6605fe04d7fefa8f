import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLarge, contentDisposition, enforceRateLimit, type HttpRoute, isUuid, RateLimitFailure, rateLimitSubject, readBodyBytes, refuseUpload, type RequestContext, sendJson } from '@omsorg/platform';
import { maySeeAttachment } from '../domain/attachment-access.ts';
import { Attachment } from '../entities/attachment.ts';
import { logCaseReads } from '../queries/casework/case-reads.ts';
import { attachmentsLimit } from '../rate-limits.ts';
import { storeFor } from './store.ts';
import { AttachmentRefused, maxAttachmentBytes, parseUploadTarget, saveAttachment } from './upload.ts';

/*
 * Upload and download of attachments as plain HTTP (GraphQL through the gateway carries only
 * trusted documents, no files). The gateway forwards /attachments here with the session's
 * internal token after its origin and CSRF checks; the rules are the case's (attachment-access.ts).
 * Neither file names nor contents are ever logged.
 */



async function upload(req: IncomingMessage, res: ServerResponse, context: RequestContext): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const target = parseUploadTarget(url.searchParams, req.headers['x-file-name']);
  const maxBytes = maxAttachmentBytes();
  let content: Buffer;
  try {
    // Read (up to the limit) before anything else is answered: a connection closed under an
    // upload reaches the browser as a network error, not as the answer.
    content = await readBodyBytes(req, maxBytes);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    return refuseUpload(req, res, 413, 'TOO_LARGE', context.t('error.attachment.tooLarge', { max: `${Math.floor(maxBytes / (1024 * 1024))} MB` }));
  }
  if (!target) return refuseUpload(req, res, 400, 'BAD_REQUEST', context.t('error.attachment.badRequest'));
  const subject = rateLimitSubject(context);
  try {
    if (subject) await enforceRateLimit(context, attachmentsLimit(), subject, 'error.rateLimited.attachments');
  } catch (error) {
    if (!(error instanceof RateLimitFailure)) throw error;
    return refuseUpload(req, res, 429, 'RATE_LIMITED', error.message, { 'retry-after': String(error.retryAfterSeconds) });
  }
  try {
    const attachment = await saveAttachment(context, target, content);
    sendJson(res, 201, { attachment: { id: attachment.id, fileName: attachment.fileName, contentType: attachment.contentType, sizeBytes: attachment.sizeBytes } });
  } catch (error) {
    if (!(error instanceof AttachmentRefused)) throw error;
    context.log.info({ refusal: error.code }, 'attachment refused');
    refuseUpload(req, res, error.status, error.code, error.message);
  }
}

async function download(res: ServerResponse, context: RequestContext, id: string): Promise<void> {
  const notFound = () => sendJson(res, 404, { error: { code: 'NOT_FOUND', message: context.t('error.attachment.notFound') } });
  if (!isUuid(id)) return notFound();
  const attachment = await context.em.findOne(Attachment, { id }, { populate: ['application'] });
  if (!attachment || !maySeeAttachment(context.actor, attachment.application, attachment)) return notFound();
  // Logged before a byte is sent: a staff member never reads a file without a trace.
  await logCaseReads(context, 'Attachment', [attachment.application]);
  const content = await (await storeFor(attachment.storage)).get(context.em, attachment.id);
  if (!content) {
    context.log.error({ attachmentId: attachment.id }, 'attachment content missing');
    return notFound();
  }
  res
    .writeHead(200, {
      'content-type': attachment.contentType,
      'content-length': String(content.length),
      'content-disposition': contentDisposition(attachment.fileName, 'bilaga'),
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      'content-security-policy': "default-src 'none'; sandbox",
    })
    .end(content);
}

export const attachmentsRoute: HttpRoute = {
  prefix: '/attachments',
  maxBodyBytes: maxAttachmentBytes,
  async handle(req, res, context) {
    if (context.actor.kind === 'anonymous') return refuseUpload(req, res, 401, 'UNAUTHENTICATED', context.t('error.attachment.signIn'));
    const path = (req.url ?? '/').split('?')[0] ?? '';
    if (req.method === 'POST' && path === '/attachments') return upload(req, res, context);
    const id = /^\/attachments\/([^/]+)$/.exec(path)?.[1];
    if ((req.method === 'GET' || req.method === 'HEAD') && id) return download(res, context, id);
    refuseUpload(req, res, 405, 'METHOD_NOT_ALLOWED', context.t('error.attachment.badRequest'));
  },
};
