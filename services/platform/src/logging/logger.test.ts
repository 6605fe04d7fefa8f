import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, scrubPersonalData } from './logger.ts';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}

describe('logger', () => {
  it('scrubs identity numbers from messages', () => {
    expect(scrubPersonalData('login 19420315-2386 and 420315-2386 and 194203152386')).toBe(
      'login [personnummer] and [personnummer] and [personnummer]',
    );
  });

  it('redacts personal fields and scrubs messages', () => {
    process.env.LOG_LEVEL = 'info';
    const { lines, stream } = capture();
    const log = createLogger('test', stream);
    log.info({ person: { personalIdentityNumber: '194203152386' }, email: 'signe@example.se' }, 'hello 19420315-2386');
    delete process.env.LOG_LEVEL;
    const output = lines.join('');
    expect(output).not.toContain('2386');
    expect(output).not.toContain('signe@example.se');
    expect(output).toContain('[redacted]');
  });
});
