import { createHash } from 'node:crypto';

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * Large text, high contrast (black on white, dark blue links and buttons, at least 7:1),
 * visible focus, no horizontal scrolling at 320 px.
 */
const STYLE = `
*,*::before,*::after{box-sizing:border-box}
html{font-size:100%;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fff;color:#0b0c0c;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.25rem;line-height:1.5}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:2rem;line-height:1.2;margin:0 0 1.5rem}
h2{font-size:1.5rem;line-height:1.25;margin:2rem 0 1rem}
p{margin:0 0 1rem}
a{color:#003078;text-decoration:underline;text-underline-offset:.15em}
a:hover{color:#002050;text-decoration-thickness:.15em}
:focus-visible{outline:4px solid #0b0c0c;outline-offset:3px;box-shadow:0 0 0 7px #ffdd00}
.test-mode{display:inline-block;background:#ffdd00;color:#0b0c0c;font-weight:700;padding:.25rem .75rem;margin:0 0 1rem;border:2px solid #0b0c0c}
.note{border-left:6px solid #505a5f;padding:.5rem 0 .5rem 1rem;margin:0 0 1.5rem}
.field{margin:0 0 1.5rem}
.field--error{border-left:6px solid #b10e1e;padding-left:1rem}
label{display:block;font-weight:700;margin:0 0 .25rem}
.hint{color:#383f43;margin:0 0 .5rem}
.error-message{color:#b10e1e;font-weight:700;margin:0 0 .5rem}
input[type=text]{display:block;width:100%;max-width:20rem;font:inherit;padding:.5rem;border:3px solid #0b0c0c;border-radius:0;background:#fff;color:#0b0c0c}
.field--error input{border-color:#b10e1e}
input:focus{outline:4px solid #0b0c0c;outline-offset:0;box-shadow:0 0 0 7px #ffdd00}
button{font:inherit;font-weight:700;min-height:3rem;padding:.5rem 1.5rem;margin:0 1rem 1rem 0;border:3px solid #003078;border-radius:4px;background:#003078;color:#fff;cursor:pointer}
button:hover{background:#002050;border-color:#002050}
button.secondary{background:#fff;color:#003078}
button.secondary:hover{background:#e8edf5}
.error-summary{border:5px solid #b10e1e;padding:1rem;margin:0 0 2rem}
.error-summary h2{margin-top:0}
.error-summary ul{margin:0;padding-left:1.25rem}
.error-summary a{color:#b10e1e;font-weight:700}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:0;padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}
.people{list-style:none;margin:0 0 1rem;padding:0}
.people li{padding:.75rem 0;border-bottom:1px solid #505a5f}
details{margin:1rem 0}
summary{cursor:pointer;color:#003078;text-decoration:underline}
pre{white-space:pre-wrap;overflow-wrap:anywhere;font-size:1rem}
`.trim();

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

export type PageOptions = {
  title: string;
  /** HTML of the page's main content; everything dynamic in it must already be escaped. */
  body: string;
  /** Prefixes the title with "Fel:" so screen readers hear at once that something went wrong. */
  hasError?: boolean;
};

export function renderPage({ title, body, hasError = false }: PageOptions): string {
  const fullTitle = `${hasError ? 'Fel: ' : ''}${title} – Omsorg`;
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(fullTitle)}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

/**
 * A Content-Security-Policy for the pages rendered here: no scripts at all, only our own inline
 * style (by hash), forms only to ourselves and to where the provider redirects after a form
 * (browsers check form-action on redirects too).
 */
export function contentSecurityPolicy(formTargets: readonly string[]): string {
  const targets = ["'self'", ...new Set(formTargets)].join(' ');
  return [
    "default-src 'none'",
    `style-src 'sha256-${STYLE_HASH}'`,
    'img-src data:',
    `form-action ${targets}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}
