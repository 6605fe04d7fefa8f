import { freePort } from '@omsorg/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpCatcher, type SmtpCatcher } from '../testing/smtp-catcher.ts';
import { confirmationMail } from './confirmation.ts';
import { deliverMail, MailNotSent } from './mailer.ts';

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

describe('deliverMail', () => {
  let catcher: SmtpCatcher;
  beforeAll(async () => {
    catcher = await startSmtpCatcher();
  });
  afterAll(() => catcher?.close());

  it('delivers over SMTP', async () => {
    await deliverMail(mail, { SMTP_URL: catcher.url });
    const caught = await catcher.next();
    expect(caught.to).toEqual(['signe.andersson@example.se']);
    expect(caught.subject).toBe(mail.subject);
    expect(caught.text).toContain('ANS-2026-000007');
    expect(caught.language).toBe('sv-SE');
  });

  it('says the language of the text in the Content-Language header', async () => {
    await deliverMail({ ...mail, subject: 'Päätös asiassa ANS-2026-000007', language: 'fi-FI' }, { SMTP_URL: catcher.url });
    expect((await catcher.next()).language).toBe('fi-FI');
  });

  it('throws with the transport code only, no personal data, when there is no SMTP server', async () => {
    const port = await freePort();
    const failure = await deliverMail(mail, { SMTP_URL: `smtp://127.0.0.1:${port}` }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MailNotSent);
    expect(failure).toMatchObject({ code: 'ESOCKET', message: 'mail not sent (ESOCKET)' });
    expect(JSON.stringify(failure)).not.toContain('signe.andersson');
  });
});
