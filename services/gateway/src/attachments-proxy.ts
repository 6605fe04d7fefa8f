import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { negotiateLocale, type InternalTokenKey, type Logger } from '@omsorg/platform';
import type { Request, RequestHandler, Response } from 'express';
import { gatewayContext } from './request-identity.ts';
import { translate } from './messages.ts';

/** The header every upload must carry: a cross-site form cannot send it, a cross-site script must ask (CORS) and is refused. */
export const UPLOAD_CSRF_HEADER = 'x-omsorg-upload';

/** Headers of the applications service's answer passed to the browser; nothing else (no server details). */
const PASSED_RESPONSE_HEADERS = ['content-type', 'content-length', 'content-disposition', 'x-content-type-options', 'cache-control', 'content-security-policy', 'retry-after'];

function refuse(req: Request, res: Response, status: number, key: string): void {
  res.status(status).set('cache-control', 'no-store').json({ error: { code: status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN', message: translate(negotiateLocale(req.headers['accept-language']), key) } });
}

/**
 * Pure: whether a request to /attachments may go on. Uploads (POST) must come from a portal's
 * origin, send the file as application/octet-stream (not a type a cross-site form can send) and
 * carry UPLOAD_CSRF_HEADER; downloads are GET only.
 */
export function attachmentRequestRefusal(
  req: { method: string; headers: Record<string, string | string[] | undefined> },
  origins: ReadonlySet<string>,
): 'METHOD' | 'ORIGIN' | 'CSRF' | null {
  if (req.method === 'GET' || req.method === 'HEAD') return null;
  if (req.method !== 'POST') return 'METHOD';
  const origin = req.headers.origin;
  if (typeof origin !== 'string' || !origins.has(origin)) return 'ORIGIN';
  const type = String(req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (req.headers[UPLOAD_CSRF_HEADER] !== '1' || type !== 'application/octet-stream') return 'CSRF';
  return null;
}

/** Checks origin and CSRF header before the session is even looked at. */
export function attachmentsGuard(origins: ReadonlySet<string>): RequestHandler {
  return (req, res, next) => {
    const refusal = attachmentRequestRefusal(req, origins);
    if (!refusal) {
      // Whoever answers (the session gate, the proxy, the service), the browser gets the answer.
      endAfterBody(req, res);
      return next();
    }
    res.set('connection', 'close');
    refuse(req, res, refusal === 'METHOD' ? 405 : 403, 'attachments.refused');
    res.on('finish', () => req.destroy());
  };
}

/**
 * Forwards /attachments to the applications service with the signed internal token, streaming
 * the file both ways (nothing buffered here; the service enforces the size limit). A request
 * without a signed-in actor stops here, except a GET of a public route (`anonymousReads`). The file's name travels in X-File-Name and is never logged.
 */
export function attachmentsProxy(applicationsGraphqlUrl: string, key: InternalTokenKey, log: Logger, options: { anonymousReads?: boolean } = {}): RequestHandler {
  const base = new URL(applicationsGraphqlUrl);
  return async (req, res) => {
    // A public route (PUBLIC_FILE_ROUTES) is read by anyone, as an anonymous actor; nothing else is.
    const anonymousRead = options.anonymousReads === true && (req.method === 'GET' || req.method === 'HEAD');
    const actor = res.locals.actor ?? (anonymousRead ? { kind: 'anonymous' as const } : undefined);
    if (!actor) return refuse(req, res, 401, 'attachments.signIn');
    const token = await gatewayContext(req, actor, key).internalToken();
    const target = new URL(req.originalUrl, base);
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`,
      'accept-language': negotiateLocale(req.headers['accept-language']),
    };
    for (const name of ['content-type', 'content-length', 'x-file-name']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const uploading = req.method === 'POST';
    // The service asks for the body only if it will read it (100 Continue): a refusal of a file
    // too large then always arrives as an answer, never as a broken connection.
    if (uploading) headers.expect = '100-continue';
    const upstream = (target.protocol === 'https:' ? httpsRequest : httpRequest)(target, { method: req.method, headers }, (answer) => {
      const passed: Record<string, string> = {};
      for (const name of PASSED_RESPONSE_HEADERS) {
        const value = answer.headers[name];
        if (typeof value === 'string') passed[name] = value;
      }
      res.writeHead(answer.statusCode ?? 502, passed);
      answer.pipe(res);
    });
    upstream.on('error', (error) => {
      log.warn({ err: error }, 'attachments request failed');
      if (!res.headersSent) res.status(502).json({ error: { code: 'BAD_GATEWAY', message: translate(negotiateLocale(req.headers['accept-language']), 'attachments.unavailable') } });
      else res.destroy();
    });
    req.on('aborted', () => upstream.destroy());
    if (uploading) upstream.on('continue', () => req.pipe(upstream));
    else upstream.end();
  };
}

/**
 * Refused before the file was asked for (by its size, a session that ended, a rate limit), the
 * browser is still sending it. The answer ends only once the body is in, read and dropped, and
 * only this much of it; more, and the connection is closed. Ended at once, the connection would
 * close with the file half-sent, and a proxy in front that closes each connection (an ingress, the
 * dev balancer) would be reset while still sending it, losing the answer with it.
 */
export const MAX_DISCARDED_BYTES = 64 * 1024 * 1024;

function endAfterBody(req: Request, res: Response): void {
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  res.end = ((...args: unknown[]) => {
    if (req.readableEnded || req.destroyed) return end(...args);
    let discarded = 0;
    req.on('data', (chunk: Buffer) => {
      discarded += chunk.length;
      if (discarded > MAX_DISCARDED_BYTES) req.destroy();
    });
    req.once('end', () => end(...args));
    return res;
  }) as Response['end'];
}
