import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../logging/logger.ts';

/**
 * A logger as the services make it, whose lines (JSON, one per entry) are kept in `lines`
 * instead of written out: for tests of what is logged, and of what never is.
 */
export function captureLogs(name = 'test', level = 'info'): { lines: string[]; log: Logger } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const before = process.env.LOG_LEVEL;
  process.env.LOG_LEVEL = level;
  try {
    return { lines, log: createLogger(name, stream) };
  } finally {
    if (before === undefined) delete process.env.LOG_LEVEL;
    else process.env.LOG_LEVEL = before;
  }
}
