import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.json', '.svg', '.map', '.txt', '.webmanifest']);

export type Encoding = 'br' | 'gzip' | 'identity';

/**
 * Picks the encoding to send for an Accept-Encoding header: brotli when the client accepts it,
 * else gzip, else none. Our preference wins over the client's order (browsers list gzip first);
 * q=0 refuses a coding, `*` stands for every coding not named. A header we cannot read, or none,
 * gets identity, which is always acceptable in practice.
 */
export function chooseEncoding(header: string | string[] | undefined): Encoding {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  const quality = new Map<string, number>();
  for (const part of text.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split('=');
      if (key === 'q') q = Number.isFinite(Number(value)) && value !== '' ? Number(value) : 0;
    }
    quality.set(name.trim(), q);
  }
  const accepts = (coding: string) => (quality.get(coding) ?? quality.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip') || accepts('x-gzip')) return 'gzip';
  return 'identity';
}

interface Entry {
  size: number;
  mtimeMs: number;
  /** Hash of the file's content (unquoted; the encodings add a suffix) and the file in each encoding. */
  loaded: Promise<{ etag: string; bodies: Record<Encoding, Buffer> }>;
}

/** Shared by every portal server in the process: the staff and citizen portals serve the same remotes. */
const cache = new Map<string, Entry>();

/**
 * Warming runs one file at a time across all portal servers: compression uses libuv's thread
 * pool (four threads), and a pool full of brotli work would make every request's stat and read wait.
 */
let warming: Promise<void> = Promise.resolve();

async function compressAll(raw: Buffer): Promise<Record<Encoding, Buffer>> {
  const [br, gz] = await Promise.all([
    brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
    gzipAsync(raw, { level: 9 }),
  ]);
  // A tiny file may grow when compressed: then every client gets it as it is.
  return { br: br.length < raw.length ? br : raw, gzip: gz.length < raw.length ? gz : raw, identity: raw };
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '').replace(/^"|"$/g, '').replace(/-(?:br|gzip)$/, '') === etag;
  });
}

export interface CompressedFiles {
  /** Serves `relativePath` under the root if it is a compressible file; false when it is not (the caller goes on). */
  send(req: Request, res: Response, relativePath: string, cacheControl: string): Promise<boolean>;
  /** Compresses every compressible file under the root ahead of the first request. */
  warm(): Promise<void>;
}

/**
 * The static files of one built portal, compressed once (brotli and gzip) on first use and kept
 * in memory; a file changed on disk (a new build) is read and compressed again. Sends the
 * negotiated encoding with Vary: Accept-Encoding and an ETag, answering 304 to If-None-Match.
 */
export function compressedFiles(root: string): CompressedFiles {
  const base = resolve(root);

  async function entryFor(file: string): Promise<Entry | undefined> {
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const cached = cache.get(file);
    if (cached && cached.size === info.size && cached.mtimeMs === info.mtimeMs) return cached;
    const loaded = readFile(file).then(async (raw) => ({
      etag: createHash('sha256').update(raw).digest('base64url').slice(0, 27),
      bodies: await compressAll(raw),
    }));
    const entry: Entry = { size: info.size, mtimeMs: info.mtimeMs, loaded };
    cache.set(file, entry);
    // A file gone between stat and read: forget it, so the next request looks again.
    loaded.catch(() => cache.get(file) === entry && cache.delete(file));
    return entry;
  }

  function resolveInside(relativePath: string): string | undefined {
    let decoded: string;
    try {
      decoded = decodeURIComponent(relativePath);
    } catch {
      return undefined;
    }
    // Like express.static: no dotfiles (e.g. a build's .vite/manifest.json).
    if (decoded.includes('\0') || /(?:^|[/\\])\./.test(decoded)) return undefined;
    const file = resolve(base, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
    return file.startsWith(base + sep) ? file : undefined;
  }

  return {
    async send(req, res, relativePath, cacheControl) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      const file = resolveInside(relativePath);
      if (!file || !COMPRESSIBLE.has(extname(file).toLowerCase())) return false;
      const entry = await entryFor(file);
      if (!entry) return false;
      const { etag, bodies } = await entry.loaded;
      const wanted = chooseEncoding(req.headers['accept-encoding']);
      const encoding: Encoding = bodies[wanted] === bodies.identity ? 'identity' : wanted;
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('Cache-Control', cacheControl);
      // Each encoding is its own representation with its own tag; any of them proves the client's copy current.
      res.setHeader('ETag', `"${etag}${encoding === 'identity' ? '' : `-${encoding}`}"`);
      if (matchesEtag(req.headers['if-none-match'], etag)) {
        res.status(304).end();
        return true;
      }
      const body = bodies[encoding];
      res.type(extname(file));
      if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
      res.setHeader('Content-Length', body.length);
      // Ranges are answered whole (RFC 9110 lets a server ignore Range): no client needs part of a script.
      res.status(200);
      if (req.method === 'HEAD') res.end();
      else res.end(body);
      return true;
    },

    warm() {
      const walk = async () => {
        const files = await readdir(base, { recursive: true, withFileTypes: true }).catch(() => []);
        for (const dirent of files) {
          if (!dirent.isFile() || !COMPRESSIBLE.has(extname(dirent.name).toLowerCase())) continue;
          const entry = await entryFor(join(dirent.parentPath, dirent.name)).catch(() => undefined);
          await entry?.loaded.catch(() => undefined);
        }
      };
      warming = warming.then(walk);
      return warming;
    },
  };
}

/** Express middleware over compressedFiles: serves what it can, passes the rest on (to express.static, the SPA fallback). */
export function compressedStatic(files: CompressedFiles, cacheControlFor: (path: string) => string): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    files.send(req, res, req.path, cacheControlFor(req.path)).then(
      (sent) => {
        if (!sent) next();
      },
      (error: unknown) => next(error),
    );
  };
}
