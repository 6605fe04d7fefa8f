import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, createServer } from 'node:http';
import { join, resolve } from 'node:path';
import express, { type Response } from 'express';
import helmet from 'helmet';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { GATEWAY_PATHS } from '@omsorg/gateway/file-routes';
import { CLIENT_IDLE_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS, listenHost } from '@omsorg/platform';
import { compressedFiles, compressedStatic, type CompressedFiles } from './compressed-static.ts';

export interface PortalServerOptions {
  port: number;
  /** The shell's built dist (index.html at its root). */
  shellDist: string;
  /** Remote name -> its built dist; served at /remotes/<name>/. */
  remotes: Record<string, string>;
  /** Where /graphql and /auth go, e.g. http://localhost:4000. */
  gatewayUrl: string;
  /**
   * Origins a form may end up at besides this one. CSP form-action also governs the redirects
   * after a submission: the gateway's POST /auth/logout answers 303 to this portal's "/", so
   * 'self' is enough today. Should logout go on to the identity provider's end-session page,
   * pass its origin here (in development the dev-idp, http://localhost:4400).
   */
  formActionOrigins?: string[];
  /** Host to bind; HOST or 127.0.0.1 by default. */
  host?: string;
}

export interface PortalServer {
  /** The port actually bound (useful when 0 was asked for). */
  port: number;
  /** Requests to the gateway that failed before an answer, by error code (no personal data): the first place to look when a page could not load. */
  gatewayFailures: Map<string, number>;
  close(): Promise<void>;
}

// Vite names built files `<name>-<8-char hash>.<ext>`; those never change, so they may be cached for a year.
const HASHED_FILE = /-[A-Za-z0-9_-]{8}\.(?:js|mjs|css|woff2?|svg|png|jpe?g|webp|avif|json)$/;

/** Files that are only ever loaded by a page, never shown as one (SVG may be opened as a document: not here). */
const SUBRESOURCE = /\.(?:js|mjs|css|map|woff2?)$/;

function cacheControlFor(filePath: string): string {
  // index.html, a remote's citizen.js and staff.js and anything unhashed: always revalidate (ETag, 304), so a deploy is seen at once.
  return HASHED_FILE.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function setCacheHeaders(res: Response, filePath: string): void {
  res.setHeader('Cache-Control', cacheControlFor(filePath));
}

/**
 * CSP sources for the inline import maps of a shell's index.html (`'sha256-…'`): the one inline
 * script a shell has, the map that joins its remotes and shared libraries (portals/ui/build/federation.ts).
 */
export function importMapHashes(html: string): string[] {
  return [...html.matchAll(/<script type="importmap">([\s\S]*?)<\/script>/g)].map(
    ([, map]) => `'sha256-${createHash('sha256').update(map!).digest('base64')}'`,
  );
}

function contentSecurityPolicy(formActionOrigins: string[], scriptHashes: string[]) {
  return {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      // Vue runtime-only builds and vue-i18n with precompiled messages need no eval; the import
      // map is allowed by its hash, no other inline script is.
      scriptSrc: ["'self'", ...scriptHashes],
      // Vite emits CSS files; Vue changes styles only through the CSSOM, which CSP does not restrict.
      styleSrc: ["'self'"],
      // data: for the `<link rel="icon" href="data:,">` placeholder.
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'", ...formActionOrigins],
      manifestSrc: ["'self'"],
      workerSrc: ["'self'"],
    },
  };
}

/**
 * Serves a built portal shell and its remotes on one origin and forwards /graphql and /auth to
 * the gateway, as the production ingress does, with the same security headers.
 */
export async function startPortalServer(options: PortalServerOptions): Promise<PortalServer> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);

  const shellDist = resolve(options.shellDist);
  const scriptHashes = importMapHashes(readFileSync(join(shellDist, 'index.html'), 'utf8'));
  const documentHeaders = helmet({
    contentSecurityPolicy: contentSecurityPolicy(options.formActionOrigins ?? [], scriptHashes),
    // Plain http in development; HSTS is set by the TLS-terminating ingress in production.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
  });
  app.use((req, res, next) => {
    // Scripts and stylesheets get only the headers a subresource obeys: CSP, framing, referrer,
    // opener and permissions policies govern documents (and workers, which we have none of).
    // About 1 KB less per script, some 40 KB on the start page's first load over HTTP/1.1.
    if (SUBRESOURCE.test(req.path)) {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
      next();
      return;
    }
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    documentHeaders(req, res, next);
  });

  const gatewayFailures = new Map<string, number>();
  const gateway = createProxyMiddleware({
    target: options.gatewayUrl,
    // Kept connections are closed by this side, before the gateway would close them: a request
    // never goes out on a connection the gateway is closing at that moment (it would be lost).
    agent: new Agent({ keepAlive: true, timeout: CLIENT_IDLE_TIMEOUT_MS }),
    // The gateway builds its login redirect and cookie from the portal's own host: keep Host,
    // and add x-forwarded-host, -proto, -port and -for (xfwd).
    changeOrigin: false,
    xfwd: true,
    pathFilter: GATEWAY_PATHS,
    on: {
      error: (error: NodeJS.ErrnoException, _req, res) => {
        const code = error.code ?? error.name;
        gatewayFailures.set(code, (gatewayFailures.get(code) ?? 0) + 1);
        // Gateway down: answer like a gateway would, so the portal shows its "try later" message.
        if ('writeHead' in res && !res.headersSent) {
          res.writeHead(502, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
          res.end(JSON.stringify({ errors: [{ message: 'The service is not reachable right now.', extensions: { code: 'BAD_GATEWAY' } }] }));
        } else if ('destroy' in res) {
          res.destroy();
        }
      },
    },
  });
  app.use(gateway);

  // Text files go out compressed (brotli or gzip, compressed once and kept in memory); the rest
  // (images, fonts) as express.static serves them.
  const compressed: CompressedFiles[] = [];
  for (const [name, dist] of Object.entries(options.remotes)) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`Invalid remote name "${name}"`);
    const files = compressedFiles(dist);
    compressed.push(files);
    app.use(
      `/remotes/${name}`,
      compressedStatic(files, cacheControlFor),
      express.static(resolve(dist), { index: false, setHeaders: setCacheHeaders }),
    );
  }

  const shellFiles = compressedFiles(shellDist);
  compressed.push(shellFiles);
  app.use(compressedStatic(shellFiles, cacheControlFor));
  app.use(express.static(shellDist, { index: false, setHeaders: setCacheHeaders }));

  // Single-page app: any other GET that wants a page gets index.html; a missing file stays a 404.
  app.get('/{*path}', async (req, res, next) => {
    const wantsPage = req.accepts(['html', 'json']) === 'html';
    const looksLikeFile = /\.[a-z0-9]+$/i.test(req.path);
    if (!wantsPage || looksLikeFile || req.path.startsWith('/assets/') || req.path.startsWith('/remotes/')) {
      next();
      return;
    }
    if (!(await shellFiles.send(req, res, '/index.html', 'no-cache'))) next();
  });

  app.use((_req, res) => {
    res.status(404).type('text/plain; charset=utf-8').send('Not found');
  });

  const server = createServer(app);
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    const onListening = () => {
      server.off('error', reject);
      resolvePromise();
    };
    server.listen(options.port, options.host ?? listenHost(), onListening);
  });

  // Compress the built files now rather than on the first visitor's requests; not awaited, so
  // the server answers at once (a request for a file not yet done waits for just that file).
  void Promise.all(compressed.map((files) => files.warm())).catch(() => {});

  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : options.port,
    gatewayFailures,
    close: () =>
      new Promise<void>((resolvePromise, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolvePromise()));
      }),
  };
}
