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
 * JSON logs to stdout. Personal data never goes into logs: known fields are redacted and
 * identity numbers are scrubbed from messages.
 */
export function createLogger(service: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      name: service,
      level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
      redact: { paths: REDACTED_KEYS, censor: '[redacted]' },
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
