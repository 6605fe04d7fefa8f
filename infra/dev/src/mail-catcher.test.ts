import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import type { SendMailOptions } from 'nodemailer';
import { freePort } from '@omsorg/platform';
import { startMailCatcher } from './mail-catcher.ts';
import type { MailCatcher } from './mail-catcher.ts';

let catcher: MailCatcher;
let smtpPort: number;
let web: string;

beforeAll(async () => {
  smtpPort = await freePort();
  const webPort = await freePort();
  web = `http://127.0.0.1:${webPort}`;
  catcher = await startMailCatcher({ smtpPort, webPort });
});

afterAll(async () => {
  await catcher?.close();
});

beforeEach(async () => {
  await fetch(`${web}/api/messages`, { method: 'DELETE' });
});

function send(message: SendMailOptions) {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
  return transport.sendMail(message);
}

type ApiMessage = { id: string; from: string; to: string[]; subject: string; text: string; language: string | null; receivedAt: string };

async function apiMessages(): Promise<ApiMessage[]> {
  const response = await fetch(`${web}/api/messages`);
  expect(response.status).toBe(200);
  return (await response.json()) as ApiMessage[];
}

describe('mail catcher', () => {
  it('catches a mail sent over SMTP and returns it from the API', async () => {
    await send({
      from: 'Omsorg <noreply@omsorg.stockholm.se>',
      to: 'Signe Andersson <signe@example.se>',
      bcc: 'arkiv@example.se',
      subject: 'Vi har tagit emot din ansökan',
      text: 'Hej Signe!\nVi har tagit emot din ansökan om hemtjänst.',
      html: '<p>Hej Signe!</p><script>alert(1)</script>',
      // 12 bytes in UTF-8: "ö" takes two.
      attachments: [{ filename: 'kvitto.txt', content: 'Ansökan 123' }],
      headers: { 'Content-Language': 'sv-SE' },
    });

    const [message, ...rest] = await apiMessages();
    expect(rest).toEqual([]);
    expect(message).toMatchObject({
      from: 'noreply@omsorg.stockholm.se',
      to: ['signe@example.se'],
      subject: 'Vi har tagit emot din ansökan',
      text: 'Hej Signe!\nVi har tagit emot din ansökan om hemtjänst.\n',
      language: 'sv-SE',
    });
    expect(Date.parse(message!.receivedAt)).not.toBeNaN();

    const [caught] = catcher.messages();
    expect(caught?.envelope.to).toEqual(['signe@example.se', 'arkiv@example.se']);
    expect(caught?.attachments).toEqual([{ filename: 'kvitto.txt', contentType: 'text/plain', size: 12 }]);

    const detail = await fetch(`${web}/messages/${message!.id}`);
    const html = await detail.text();
    expect(detail.status).toBe(200);
    expect(detail.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<h1>Vi har tagit emot din ansökan</h1>');
    expect(html).toContain('kvitto.txt (12 byte)');
    expect(html).toContain('<iframe sandbox="" srcdoc="&lt;p&gt;Hej Signe!&lt;/p&gt;&lt;script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('lists the newest mail first and empties the inbox on DELETE', async () => {
    await send({ from: 'a@example.se', to: 'b@example.se', subject: 'Första', text: 'ett' });
    await send({ from: 'a@example.se', to: 'b@example.se', subject: 'Andra <b>', text: 'två' });
    expect((await apiMessages()).map((m) => m.subject)).toEqual(['Andra <b>', 'Första']);

    const inbox = await (await fetch(`${web}/`)).text();
    expect(inbox.indexOf('Andra &lt;b&gt;')).toBeLessThan(inbox.indexOf('Första'));
    expect(inbox).toContain('2 mejl, det nyaste först.');

    const deleted = await fetch(`${web}/api/messages`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(await apiMessages()).toEqual([]);
    expect(await (await fetch(`${web}/`)).text()).toContain('Inga mejl har kommit ännu.');
  });

  it('answers a Swedish 404 page for an unknown message', async () => {
    const response = await fetch(`${web}/messages/999`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<h1>Sidan finns inte</h1>');
  });
});
