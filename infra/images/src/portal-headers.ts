import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importMapHashes } from '../../dev/src/portal-server.ts';

/**
 * The response headers of a portal served by nginx (infra/images/portals/nginx.conf), as
 * nginx `add_header` lines: the same policy the development portal server sets with helmet
 * (infra/dev/src/portal-server.ts), with the shell's import map allowed by its hash, which is
 * known only once the shell is built. HSTS is the TLS-terminating ingress's.
 */
export function portalHeaders(indexHtml: string): string {
  const csp = [
    "default-src 'self'",
    `script-src ${["'self'", ...importMapHashes(indexHtml)].join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "script-src-attr 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ].join(';');
  const headers: Array<[string, string]> = [
    ['Content-Security-Policy', csp],
    ['Cache-Control', '$omsorg_cache_control'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ];
  return headers.map(([name, value]) => `add_header ${name} "${value}" always;\n`).join('');
}

// In the portals image's build: `node infra/images/src/portal-headers.ts <portals dir> <out dir>`
// writes <out>/<shell>-headers.conf for each shell.
if (import.meta.main) {
  const [portals, out] = process.argv.slice(2);
  if (!portals || !out) throw new Error('usage: portal-headers.ts <portals dir> <out dir>');
  mkdirSync(out, { recursive: true });
  for (const shell of ['citizen', 'staff']) {
    writeFileSync(join(out, `${shell}-headers.conf`), portalHeaders(readFileSync(join(portals, shell, 'dist', 'index.html'), 'utf8')));
  }
}
