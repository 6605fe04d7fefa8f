import type { ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';

type Attributes = ReadableSpan['attributes'];

/** Who the client is (its address, port, browser): personal data, never exported. */
const DROPPED = new Set([
  'http.client_ip',
  'client.address',
  'client.port',
  'net.peer.ip',
  'net.peer.port',
  'net.sock.peer.addr',
  'net.sock.peer.port',
  'network.peer.address',
  'network.peer.port',
  'http.user_agent',
  'user_agent.original',
  'url.query',
]);
/** Attributes holding a URL or a request target: kept without their query string. */
const URL_LIKE = /(^|\.)(url|target|full)$/;
const HEADER = /^http\.(request|response)\.header\./;
/** The SQL of a statement span: MikroORM sends statements with their values written in. */
const SQL_TEXT = new Set(['db.statement', 'db.query.text']);
/**
 * A quoted identifier (kept), or a literal: a string ('' doubled inside; backslash escapes only
 * in E'' strings), a dollar-quoted string, or a number that is not part of a name or a $n placeholder.
 */
const SQL_TOKEN = /"(?:[^"]|"")*"|[eE]'(?:[^'\\]|''|\\[\s\S])*'|(?:[bBxX]|[uU]&)?'(?:[^']|'')*'|\$([A-Za-z_]\w*)?\$[\s\S]*?\$\1\$|(?<![\w$])-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/**
 * The statement with every literal replaced by `?`: its shape stays, the values it carried go.
 * A statement that does not tokenize cleanly (a quote left over) keeps only its first word.
 */
export function withoutSqlLiterals(sql: string): string {
  const shape = sql.replace(SQL_TOKEN, (token) => (token.startsWith('"') ? token : '?'));
  if (!/['$]/.test(shape.replace(/"(?:[^"]|"")*"|\$\d+/g, ''))) return shape;
  return `${sql.trim().split(/\s+/)[0] ?? ''} (withheld)`;
}

function scrubAttributes(attributes: Attributes): Attributes {
  const kept: Record<string, Attributes[string]> = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (DROPPED.has(key) || HEADER.test(key)) continue;
    if (typeof value === 'string' && SQL_TEXT.has(key)) kept[key] = withoutSqlLiterals(value);
    else kept[key] = URL_LIKE.test(key) && typeof value === 'string' ? (value.split('?')[0] ?? '') : value;
  }
  return kept;
}

/**
 * A span as exported: without the client's address and browser, without query strings (a GET
 * request's variables), without headers, SQL without its literals (the values a statement
 * carried), and with errors reduced to their type (an error's
 * message may quote what was sent: "invalid input syntax for type uuid: …").
 */
export function scrubSpan(span: ReadableSpan): ReadableSpan {
  return Object.create(span, {
    attributes: { value: scrubAttributes(span.attributes), enumerable: true },
    events: {
      value: span.events.map((event) => ({
        ...event,
        attributes: event.name === 'exception' && event.attributes?.['exception.type'] !== undefined ? { 'exception.type': event.attributes['exception.type'] } : {},
      })),
      enumerable: true,
    },
    status: { value: { code: span.status.code }, enumerable: true },
  }) as ReadableSpan;
}

/** Hands every span to `inner` scrubbed (scrubSpan): the one way spans leave the process. */
export class ScrubbingExporter implements SpanExporter {
  private readonly inner: SpanExporter;
  constructor(inner: SpanExporter) {
    this.inner = inner;
  }
  export(spans: ReadableSpan[], resultCallback: (result: ExportResult) => void): void {
    this.inner.export(spans.map(scrubSpan), resultCallback);
  }
  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }
  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}
