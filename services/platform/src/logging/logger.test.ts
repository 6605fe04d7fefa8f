import { context, trace } from '@opentelemetry/api';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { describe, expect, it } from 'vitest';
import { captureLogs } from '../testing/capture-logs.ts';
import { scrubPersonalData } from './logger.ts';

describe('logger', () => {
  it('scrubs identity numbers from messages', () => {
    expect(scrubPersonalData('login 19420315-2386 and 420315-2386 and 194203152386')).toBe(
      'login [personnummer] and [personnummer] and [personnummer]',
    );
  });

  it('redacts personal fields and scrubs messages', () => {
    const { lines, log } = captureLogs();
    log.info({ person: { personalIdentityNumber: '194203152386' }, email: 'signe@example.se' }, 'hello 19420315-2386');
    const output = lines.join('');
    expect(output).not.toContain('2386');
    expect(output).not.toContain('signe@example.se');
    expect(output).toContain('[redacted]');
  });

  it('writes the trace and span of a traced request on its lines, and nothing of a trace otherwise', async () => {
    const { lines, log } = captureLogs();
    const provider = new NodeTracerProvider();
    provider.register();
    try {
      log.info('outside');
      const ids = provider.getTracer('test').startActiveSpan('request', (span) => {
        log.info('inside');
        span.end();
        return span.spanContext();
      });
      const [outside, inside] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(outside).not.toHaveProperty('traceId');
      expect(inside).toMatchObject({ msg: 'inside', traceId: ids.traceId, spanId: ids.spanId });
      expect(ids.traceId).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      await provider.shutdown();
      trace.disable();
      context.disable();
    }
  });
});
