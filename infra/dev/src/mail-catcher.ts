/**
 * A mail catcher for development: an SMTP server that accepts every message and keeps it in
 * memory, with a small Swedish web page to read them and a JSON API for tests.
 *
 * Standalone: `node infra/dev/src/mail-catcher.ts` (ports from MAIL_CATCHER_SMTP_PORT, default
 * 1025, and MAIL_CATCHER_WEB_PORT, default 4500).
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server as NetServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import PostalMime from 'postal-mime';
import type { Address, Email } from 'postal-mime';
import { listenHost } from '@omsorg/platform';

export type CaughtAttachment = { filename: string; contentType: string; size: number };

export type CaughtMail = {
  id: string;
  /** Address from the From header (the envelope sender when the header is missing). */
  from: string;
  /** Display name from the From header, or an empty string. */
  fromName: string;
  /** Addresses from the To header (the envelope recipients when the header is missing). */
  to: string[];
  cc: string[];
  /** The SMTP envelope: who the message was really sent to, Bcc included. */
  envelope: { from: string; to: string[] };
  subject: string;
  text: string;
  html: string | null;
  /** The Content-Language header (e.g. fi-FI), or null when the mail has none. */
  language: string | null;
  attachments: CaughtAttachment[];
  /** ISO 8601 time when the message arrived. */
  receivedAt: string;
};

export type MailCatcherOptions = { smtpPort: number; webPort: number; host?: string };

export type MailCatcher = {
  close(): Promise<void>;
  /** The caught messages, newest first. */
  messages(): CaughtMail[];
};

const MAX_MESSAGES = 500;
const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Parsing

function mailboxes(addresses: Address[] | undefined): Array<{ name: string; address: string }> {
  return (addresses ?? []).flatMap((a) => (a.group ? a.group : [a]));
}

function attachmentSize(content: ArrayBuffer | Uint8Array | string): number {
  return typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
}

export function toCaughtMail(id: string, email: Email, envelope: CaughtMail['envelope'], receivedAt: Date): CaughtMail {
  const from = mailboxes(email.from ? [email.from] : undefined)[0];
  const to = mailboxes(email.to).map((m) => m.address);
  return {
    id,
    from: from?.address ?? envelope.from,
    fromName: from?.name ?? '',
    to: to.length > 0 ? to : envelope.to,
    cc: mailboxes(email.cc).map((m) => m.address),
    envelope,
    subject: email.subject ?? '',
    text: email.text ?? '',
    html: email.html ?? null,
    language: email.headers.find((header) => header.key === 'content-language')?.value.trim() || null,
    attachments: email.attachments.map((a) => ({
      filename: a.filename ?? 'namnlös bilaga',
      contentType: a.mimeType,
      size: attachmentSize(a.content),
    })),
    receivedAt: receivedAt.toISOString(),
  };
}

async function readStream(stream: SMTPServerDataStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

// ---------------------------------------------------------------------------------------------
// HTML

function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const STYLE = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;background:#fff;color:#0b0c0c;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.25rem;line-height:1.5}
main{max-width:50rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:2rem;line-height:1.2;margin:0 0 1.5rem;overflow-wrap:anywhere}
h2{font-size:1.5rem;margin:2rem 0 1rem}
p{margin:0 0 1rem}
a{color:#003078;text-decoration:underline;text-underline-offset:.15em}
:focus-visible{outline:4px solid #0b0c0c;outline-offset:3px;box-shadow:0 0 0 7px #ffdd00}
.test-mode{display:inline-block;background:#ffdd00;color:#0b0c0c;font-weight:700;padding:.25rem .75rem;margin:0 0 1rem;border:2px solid #0b0c0c}
.messages{list-style:none;margin:0 0 2rem;padding:0}
.messages li{padding:1rem 0;border-bottom:1px solid #505a5f;overflow-wrap:anywhere}
.messages a{font-weight:700;font-size:1.375rem}
.meta{color:#383f43;margin:.25rem 0 0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0 0 1.5rem}
dt{font-weight:700}
dd{margin:0;overflow-wrap:anywhere}
@media (max-width:30rem){dl{grid-template-columns:1fr}dd{margin-bottom:.5rem}}
pre{white-space:pre-wrap;overflow-wrap:anywhere;font-family:inherit;font-size:1.125rem;background:#f3f2f1;border-left:6px solid #505a5f;padding:1rem;margin:0 0 1.5rem}
iframe{width:100%;min-height:30rem;border:3px solid #505a5f;background:#fff}
button{font:inherit;font-weight:700;min-height:3rem;padding:.5rem 1.5rem;border:3px solid #003078;border-radius:4px;background:#fff;color:#003078;cursor:pointer}
button:hover{background:#e8edf5}
`.trim();

/**
 * No scripts at all. Inline styles are allowed because a mail's HTML, shown in a sandboxed
 * srcdoc frame, inherits this policy and mails are styled inline. Images only from data: URLs,
 * so a mail cannot load anything from outside.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Testmejl i Omsorg</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="test-mode">Testläge</p>
${body}
</main>
</body>
</html>`;
}

const timeFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'medium', timeZone: 'Europe/Stockholm' });

function formatTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

function subjectOf(mail: CaughtMail): string {
  return mail.subject.trim() === '' ? '(Ingen ämnesrad)' : mail.subject;
}

function fromOf(mail: CaughtMail): string {
  return mail.fromName ? `${mail.fromName} <${mail.from}>` : mail.from;
}

export function renderInbox(mails: CaughtMail[]): string {
  const list =
    mails.length === 0
      ? '<p>Inga mejl har kommit ännu. Ladda om sidan när ett mejl har skickats.</p>'
      : `<p>${mails.length === 1 ? '1 mejl' : `${mails.length} mejl`}, det nyaste först. Ladda om sidan för att se nya mejl.</p>
<ul class="messages">
${mails
  .map(
    (m) => `<li><a href="/messages/${encodeURIComponent(m.id)}">${escapeHtml(subjectOf(m))}</a>
<p class="meta">Från ${escapeHtml(fromOf(m))} till ${escapeHtml(m.to.join(', '))}<br>${escapeHtml(formatTime(m.receivedAt))}</p></li>`,
  )
  .join('\n')}
</ul>
<form method="post" action="/delete-all">
<button type="submit">Ta bort alla mejl</button>
</form>`;
  return page('Inkorg', `<h1>Inkorg för testmejl</h1>
<p>Här hamnar alla mejl som Omsorg skickar när systemet körs på din egen dator. Inga mejl skickas vidare.</p>
${list}`);
}

export function renderMessage(mail: CaughtMail): string {
  const rows: Array<[string, string]> = [
    ['Från', fromOf(mail)],
    ['Till', mail.to.join(', ')],
    ...(mail.cc.length > 0 ? [['Kopia', mail.cc.join(', ')] as [string, string]] : []),
    ['Mottagare enligt SMTP', mail.envelope.to.join(', ')],
    ['Kom in', formatTime(mail.receivedAt)],
    [
      'Bilagor',
      mail.attachments.length === 0
        ? 'Inga'
        : mail.attachments.map((a) => `${a.filename} (${formatSize(a.size)})`).join(', '),
    ],
  ];
  const html = mail.html
    ? `<h2>HTML-version</h2>
<p>Visas utan skript och utan bilder från internet.</p>
<iframe sandbox="" srcdoc="${escapeHtml(mail.html)}" title="HTML-versionen av mejlet"></iframe>`
    : '';
  return page(subjectOf(mail), `<p><a href="/">Tillbaka till inkorgen</a></p>
<h1>${escapeHtml(subjectOf(mail))}</h1>
<dl>
${rows.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`).join('\n')}
</dl>
<h2>Text</h2>
${mail.text.trim() === '' ? '<p>Mejlet har ingen textversion.</p>' : `<pre>${escapeHtml(mail.text)}</pre>`}
${html}`);
}

function renderNotFound(): string {
  return page('Sidan finns inte', `<h1>Sidan finns inte</h1>
<p>Mejlet kan ha tagits bort. <a href="/">Gå till inkorgen</a>.</p>`);
}

// ---------------------------------------------------------------------------------------------
// Web server

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  if (type.startsWith('text/html')) res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.end(body);
}

function summary(mail: CaughtMail) {
  const { id, from, to, subject, text, html, language, attachments, receivedAt } = mail;
  return { id, from, to, subject, text, html, language, attachments, receivedAt };
}

function createWebHandler(store: { list(): CaughtMail[]; find(id: string): CaughtMail | undefined; clear(): void }) {
  return function handle(req: IncomingMessage, res: ServerResponse): void {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const html = 'text/html; charset=utf-8';
    const json = 'application/json; charset=utf-8';

    if (pathname === '/api/messages') {
      if (method === 'GET') return send(res, 200, json, JSON.stringify(store.list().map(summary)));
      if (method === 'DELETE') {
        store.clear();
        res.statusCode = 204;
        res.end();
        return;
      }
      res.setHeader('Allow', 'GET, DELETE');
      return send(res, 405, json, JSON.stringify({ error: 'method not allowed' }));
    }
    const apiMatch = /^\/api\/messages\/([^/]+)$/.exec(pathname);
    if (apiMatch && method === 'GET') {
      const mail = store.find(decodeURIComponent(apiMatch[1] ?? ''));
      return mail ? send(res, 200, json, JSON.stringify(mail)) : send(res, 404, json, JSON.stringify({ error: 'not found' }));
    }
    if (pathname === '/' && method === 'GET') return send(res, 200, html, renderInbox(store.list()));
    if (pathname === '/delete-all' && method === 'POST') {
      store.clear();
      res.statusCode = 303;
      res.setHeader('Location', '/');
      res.end();
      return;
    }
    const pageMatch = /^\/messages\/([^/]+)$/.exec(pathname);
    if (pageMatch && method === 'GET') {
      const mail = store.find(decodeURIComponent(pageMatch[1] ?? ''));
      if (mail) return send(res, 200, html, renderMessage(mail));
    }
    return send(res, 404, html, renderNotFound());
  };
}

function listen(server: NetServer, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

// ---------------------------------------------------------------------------------------------

export async function startMailCatcher(options: MailCatcherOptions): Promise<MailCatcher> {
  const host = options.host ?? listenHost();
  let mails: CaughtMail[] = [];
  let nextId = 1;
  const store = {
    list: () => [...mails],
    find: (id: string) => mails.find((m) => m.id === id),
    clear: () => {
      mails = [];
    },
  };

  async function receive(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<void> {
    const raw = await readStream(stream);
    if (stream.sizeExceeded) throw Object.assign(new Error('Message too large'), { responseCode: 552 });
    const email = await PostalMime.parse(raw);
    const { mailFrom, rcptTo } = session.envelope;
    const envelope = { from: mailFrom ? mailFrom.address : '', to: rcptTo.map((r) => r.address) };
    mails = [toCaughtMail(String(nextId++), email, envelope, new Date()), ...mails].slice(0, MAX_MESSAGES);
  }

  const smtp = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_MESSAGE_BYTES,
    banner: 'Omsorg mail catcher (development)',
    logger: false,
    onData(stream, session, callback) {
      receive(stream, session).then(
        () => callback(),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    },
  });
  // An SMTP client that misbehaves must not bring the catcher down.
  smtp.on('error', (error: Error) => console.error('mail catcher: SMTP error', error.message));

  const web = createServer(createWebHandler(store));

  await listen(smtp.server, options.smtpPort, host);
  try {
    await listen(web, options.webPort, host);
  } catch (error) {
    await new Promise<void>((resolve) => smtp.close(resolve));
    throw error;
  }

  return {
    messages: () => store.list(),
    close: async () => {
      web.closeAllConnections();
      await Promise.all([
        new Promise<void>((resolve) => smtp.close(resolve)),
        new Promise<void>((resolve, reject) => web.close((error) => (error ? reject(error) : resolve()))),
      ]);
    },
  };
}

if (import.meta.main) {
  const smtpPort = Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 1025);
  const webPort = Number(process.env.MAIL_CATCHER_WEB_PORT ?? 4500);
  const catcher = await startMailCatcher({ smtpPort, webPort });
  console.info(`mail catcher: SMTP on ${listenHost()}:${smtpPort}, inbox at http://localhost:${webPort}/`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      catcher.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}
