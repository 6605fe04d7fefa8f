import { Writable } from 'node:stream';
import { createLogger, freePort } from '@omsorg/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpCatcher, type SmtpCatcher } from '../testing/smtp-catcher.ts';
import { confirmationMail } from './confirmation.ts';
import { sendMail } from './mailer.ts';

function memoryLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(chunk.toString());
      callback();
    },
  });
  const previous = process.env.LOG_LEVEL;
  process.env.LOG_LEVEL = 'info';
  const log = createLogger('applications-test', destination);
  if (previous === undefined) delete process.env.LOG_LEVEL;
  else process.env.LOG_LEVEL = previous;
  return { log, lines };
}

const mail = confirmationMail({
  to: 'signe.andersson@example.se',
  reference: 'ANS-2026-000007',
  services: ['HOME_CARE_PERSONAL', 'SAFETY_ALARM'],
  unit: 'Beställarenheten äldre, Hägersten-Älvsjö',
});

describe('confirmationMail', () => {
  it('gives the reference number and what happens next, in Swedish, without the needs', () => {
    expect(mail.subject).toBe('Vi har tagit emot din ansökan ANS-2026-000007');
    expect(mail.text).toContain('Ditt ärendenummer är ANS-2026-000007');
    expect(mail.text).toContain('- Hemtjänst, personlig omvårdnad\n- Trygghetslarm');
    expect(mail.text).toContain('Det här händer nu:');
  });
});

describe('sendMail', () => {
  let catcher: SmtpCatcher;
  beforeAll(async () => {
    catcher = await startSmtpCatcher();
  });
  afterAll(() => catcher?.close());

  it('delivers over SMTP', async () => {
    const { log } = memoryLogger();
    await expect(sendMail(mail, log, { purpose: 'test' }, { SMTP_URL: catcher.url })).resolves.toBe(true);
    const caught = await catcher.next();
    expect(caught.to).toEqual(['signe.andersson@example.se']);
    expect(caught.subject).toBe(mail.subject);
    expect(caught.text).toContain('ANS-2026-000007');
  });

  it('answers false and logs no personal data when there is no SMTP server', async () => {
    const { log, lines } = memoryLogger();
    const port = await freePort();
    await expect(sendMail(mail, log, { purpose: 'test', applicationId: 'a1' }, { SMTP_URL: `smtp://127.0.0.1:${port}` })).resolves.toBe(false);
    const logged = lines.join('\n');
    expect(logged).toContain('mail not sent');
    expect(logged).toContain('"code":"ESOCKET"');
    expect(logged).not.toContain('signe.andersson');
    expect(logged).not.toContain('ANS-2026-000007');
  });
});
