import type { IncomingMessage, ServerResponse } from 'node:http';

/** A JSON answer of an HTTP route of a service (files: downloads and uploads), never cached. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(JSON.stringify(body));
}

/**
 * What such a route answers when it refuses: `{ error: { code, message } }` with the message in
 * the user's language (and `extra` beside it). The portals' download helpers read it and show it.
 */
export function sendJsonError(res: ServerResponse, status: number, code: string, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): void {
  sendJson(res, status, { error: { code, message }, ...extra }, headers);
}

/**
 * Refuses an upload: the rest of its body is not read, so the connection is closed instead of
 * drained (the gateway drains what the browser still sends); otherwise as sendJsonError.
 */
export function refuseUpload(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): void {
  if (req.method === 'POST' && !req.readableEnded) {
    res.shouldKeepAlive = false;
    headers = { ...headers, connection: 'close' };
    res.once('finish', () => req.destroy());
  }
  sendJsonError(res, status, code, message, extra, headers);
}

/**
 * The Content-Disposition of a download: always `attachment`, so the browser saves the file and
 * never shows it in the portal's origin; the name as RFC 6266/5987 (an ASCII fallback, `fallback`
 * when nothing of the name is ASCII, and the UTF-8 name).
 */
export function contentDisposition(fileName: string, fallback = 'fil'): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\;]/g, '_') || fallback;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
