import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { scrubSpan, withoutSqlLiterals } from './scrub.ts';
import { startTracing, tracingEnabled } from './tracing.ts';

// The copy of the API that Node (and so the SDK and @apollo/gateway) would load, not Vite's.
const { trace } = createRequire(import.meta.url)('@opentelemetry/api') as typeof import('@opentelemetry/api');

describe('tracing', () => {
  it('is off by default: nothing is started and spans record nothing', async () => {
    expect(process.env.OTEL_TRACES_EXPORTER).toBeUndefined();
    expect(await startTracing('test')).toBeNull();
    const span = trace.getTracer('test').startSpan('anything');
    expect(span.isRecording()).toBe(false);
    expect(span.spanContext().traceId).toBe('0'.repeat(32));
    span.end();
  });

  it('is on only for the otlp exporter, and never with OTEL_SDK_DISABLED', () => {
    expect(tracingEnabled({})).toBe(false);
    expect(tracingEnabled({ OTEL_TRACES_EXPORTER: 'none' })).toBe(false);
    expect(tracingEnabled({ OTEL_TRACES_EXPORTER: 'console' })).toBe(false);
    expect(tracingEnabled({ OTEL_TRACES_EXPORTER: 'otlp' })).toBe(true);
    expect(tracingEnabled({ OTEL_TRACES_EXPORTER: 'console, otlp' })).toBe(true);
    expect(tracingEnabled({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_SDK_DISABLED: 'true' })).toBe(false);
  });
});

describe('scrubbing spans', () => {
  it('takes the literals out of SQL, keeping its shape', () => {
    expect(withoutSqlLiterals(`select * from "p" as "p0" where "p0"."pnr" = '19121212-1212' and "p0"."name" = 'O''Brien' and "n" = 42 and "m" = $1`)).toBe(
      'select * from "p" as "p0" where "p0"."pnr" = ? and "p0"."name" = ? and "n" = ? and "m" = $1',
    );
    expect(withoutSqlLiterals(`update "t_1" set "a" = E'it\\'s Tolvan', "b" = $x$Tolvan$x$ where "id" = 'abc'`)).toBe('update "t_1" set "a" = ?, "b" = ? where "id" = ?');
    // What does not tokenize cleanly is withheld, never passed on half-scrubbed.
    expect(withoutSqlLiterals(`select 'Tolvan`)).toBe('select (withheld)');
  });

  it('drops the client, query strings, headers and error messages', () => {
    const span = {
      name: 'GET',
      attributes: {
        'http.target': '/graphql?query=x&variables=%7B%22pnr%22%3A%2219121212-1212%22%7D',
        'http.url': 'http://gateway/graphql?variables=secret',
        'url.query': 'variables=secret',
        'http.client_ip': '203.0.113.7',
        'net.peer.ip': '203.0.113.7',
        'http.user_agent': 'Firefox',
        'http.request.header.cookie': ['session=secret'],
        'db.statement': "select 1 where name = 'Tolvan'",
        'http.method': 'GET',
        'http.status_code': 200,
      },
      events: [{ name: 'exception', time: [0, 0], attributes: { 'exception.type': 'GraphQLError', 'exception.message': 'Variable "$pnr" got invalid value "19121212-1212"' } }],
      status: { code: 2, message: 'invalid input syntax for type uuid: "Tolvan"' },
      spanContext: () => ({ traceId: 'a'.repeat(32), spanId: 'b'.repeat(16), traceFlags: 1 }),
    };
    const scrubbed = scrubSpan(span as never);
    expect(scrubbed.attributes).toEqual({
      'http.target': '/graphql',
      'http.url': 'http://gateway/graphql',
      'db.statement': 'select ? where name = ?',
      'http.method': 'GET',
      'http.status_code': 200,
    });
    expect(scrubbed.events).toEqual([{ name: 'exception', time: [0, 0], attributes: { 'exception.type': 'GraphQLError' } }]);
    expect(scrubbed.status).toEqual({ code: 2 });
    // The rest of the span is the span's own.
    expect(scrubbed.name).toBe('GET');
    expect(scrubbed.spanContext().traceId).toBe('a'.repeat(32));
  });
});
