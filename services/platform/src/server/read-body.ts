import type { IncomingMessage } from 'node:http';

/** The largest GraphQL request body a subgraph reads; the gateway itself accepts 512 kB. */
export const MAX_SUBGRAPH_BODY_BYTES = 1024 * 1024;

export class BodyTooLarge extends Error {}

/**
 * Reads a request body as UTF-8 text, refusing one larger than `limit` bytes as soon as it is
 * announced (Content-Length) or, when streamed, as soon as it grows past the limit.
 */
export async function readBody(req: IncomingMessage, limit = MAX_SUBGRAPH_BODY_BYTES): Promise<string> {
  return (await readBodyBytes(req, limit)).toString('utf8');
}

/** The same, as bytes (a file). */
export function readBodyBytes(req: IncomingMessage, limit: number): Promise<Buffer> {
  const announced = Number(req.headers['content-length'] ?? 0);
  if (announced > limit) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.pause();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
