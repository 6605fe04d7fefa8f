import { isSpanContextValid, trace } from '@opentelemetry/api';
import pino, { type Logger } from 'pino';

export type { Logger };

/** Twelve- or ten-digit personal identity numbers, with or without separator. */
const IDENTITY_NUMBER = /\b(\d{2})?\d{6}[-+]?\d{4}\b/g;

const REDACTED_KEYS = [
  'personalIdentityNumber',
  '*.personalIdentityNumber',
  'req.headers.cookie',
  'req.headers.authorization',
  'headers.cookie',
  'headers.authorization',
  'variables',
  '*.variables',
  'email',
  '*.email',
  'phone',
  '*.phone',
  'text',
  '*.text',
];

/** Removes anything shaped like a personal identity number from free text. */
export function scrubPersonalData(text: string): string {
  return text.replace(IDENTITY_NUMBER, '[personnummer]');
}

/**
 * The trace a log line was written in, when tracing is on (telemetry/tracing.ts), so an operator
 * can go from a line to its trace and back. With tracing off there is no active span: nothing.
 */
function traceFields(): { traceId?: string; spanId?: string } {
  const span = trace.getActiveSpan()?.spanContext();
  return span && isSpanContextValid(span) ? { traceId: span.traceId, spanId: span.spanId } : {};
}

/**
 * JSON logs to stdout. Personal data never goes into logs: known fields are redacted and
 * identity numbers are scrubbed from messages. A line written within a traced request carries
 * its `traceId` and `spanId`.
 */
export function createLogger(service: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      name: service,
      level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
      redact: { paths: REDACTED_KEYS, censor: '[redacted]' },
      mixin: traceFields,
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrubPersonalData(arg) : arg));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
      serializers: { err: (err: Error) => ({ type: err.name, message: scrubPersonalData(err.message), stack: err.stack }) },
    },
    destination,
  );
}
