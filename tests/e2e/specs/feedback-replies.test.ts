/**
 * Replies to feedback (issue 10, "replies"): staff forward an item to a provider, the provider
 * opens the mailed link and answers once; staff answer the sender by letter (the PDF downloads
 * and says what was written) and by e-mail. The staff item page that hosts the panels is built
 * in parallel, so staff act here through the API with the portal's own trusted documents; the
 * provider's page is the real one, checked with axe and at 320 px. The item is this spec's own,
 * received weeks ago, and removed at the end, so the other specs' lists and counts stay as they expect.
 */
import { readFileSync } from 'node:fs';
import { pdfText } from '@omsorg/letters/testing';
import { openDatabase } from '@omsorg/platform';
import { outreachService } from '@omsorg/outreach';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot } from '../support/browser.ts';
import { signInAsStaff } from '../support/login.ts';
import { mailsTo } from '../support/mail.ts';

const urls = inject('urls');
const STAMP = Date.now();
const PROVIDER_MAIL = `synpunkter-${STAMP}@omsorgshuset.example`;
const SENDER_MAIL = `greta-${STAMP}@example.se`;
const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
let browser: Browser;
let feedbackId: string;
let referenceNumber: string;

/** The trusted documents' hashes by operation name (schema/operations/feedback.json). */
const operations = JSON.parse(readFileSync(new URL('../../../schema/operations/feedback.json', import.meta.url), 'utf8')) as Record<string, string>;
function hashOf(name: string): string {
  const found = Object.entries(operations).find(([, text]) => new RegExp(`(query|mutation) ${name}\\b`).test(text));
  if (!found) throw new Error(`${name} is not a trusted document`);
  return found[0];
}

/** Sends a portal operation from the signed-in page, as graphqlRequest does (the session cookie goes along). */
async function operation<T = any>(page: Page, name: string, variables: Record<string, unknown>): Promise<T> {
  const body = { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(name) } } };
  const answer = await page.evaluate(async (sent) => {
    const response = await fetch('/graphql', { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' }, body: JSON.stringify(sent) });
    return (await response.json()) as { data?: unknown; errors?: unknown };
  }, body);
  expect(answer.errors, `${name}: ${JSON.stringify(answer.errors)}`).toBeUndefined();
  return answer.data as T;
}

/** A complaint about a late home-care visit, with the sender's name, e-mail and address (as a registered postcard would have). */
async function createItem(): Promise<{ id: string; referenceNumber: string }> {
  const orm = await openDatabase(outreachService.database, inject('databaseUrl'));
  try {
    const id = crypto.randomUUID();
    const reference = `SYN-2026-9${String(STAMP % 100_000).padStart(5, '0')}`;
    await orm.em.getConnection().execute(
      `insert into feedback.feedback (id, reference_number, type, subject, target, target_name, text, anonymous, contact_name, contact_email, contact_address, answer_by, channel, source, unit, status, received_at, version)
       values (?, ?, 'COMPLAINT', 'MISSED_OR_DELAYED_SERVICE', 'HOME_CARE_PROVIDER', 'Omsorgshuset AB', ?, false, 'Greta Provsson', ?, 'Provgatan 3, 129 52 Hägersten', 'LETTER', 'POSTCARD', 'USER', ?, 'IN_PROGRESS', '2026-11-02T09:00:00Z', 1)`,
      [id, reference, 'Hemtjänsten kom två timmar för sent i tisdags. Mitt personnummer är 19400101-1234.', SENDER_MAIL, UNIT],
    );
    return { id, referenceNumber: reference };
  } finally {
    await orm.close();
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
  ({ id: feedbackId, referenceNumber } = await createItem());
});
afterAll(async () => {
  await browser?.close();
  // Leave no item behind: other specs count and list feedback.
  if (!feedbackId) return;
  const orm = await openDatabase(outreachService.database, inject('databaseUrl'));
  try {
    const connection = orm.em.getConnection();
    for (const table of ['feedback_forward', 'feedback_answer', 'feedback_event']) await connection.execute(`delete from feedback.${table} where feedback_id = ?`, [feedbackId]);
    await connection.execute('delete from feedback.feedback where id = ?', [feedbackId]);
  } finally {
    await orm.close();
  }
});

describe('replies to feedback', () => {
  it('forwards to a provider, who opens the mailed link and answers once', async () => {
    const staff = await newPage(browser);
    await signInAsStaff(staff.page, urls.staff, 'kvalitet1');
    const loaded = await operation(staff.page, 'StaffFeedbackForwards', { feedbackId });
    expect(loaded.feedbackReplies.forwards).toEqual([]);
    const forwarded = await operation(staff.page, 'StaffForwardFeedback', {
      input: { feedbackId, version: loaded.feedbackReplies.version, recipientName: 'Omsorgshuset AB', recipientEmail: PROVIDER_MAIL, question: 'Vad har ni gjort för att besöken ska komma i tid?' },
    });
    expect(forwarded.forwardFeedback.__typename).toBe('MutationForwardFeedbackSuccess');

    const [mail] = await mailsTo(PROVIDER_MAIL);
    expect(mail!.text).not.toContain('Greta');
    const link = /https?:\/\/\S+\/synpunkter\/svar\/[A-Za-z0-9_-]{43}/.exec(mail!.text)?.[0];
    expect(link).toBeDefined();

    const provider = await newPage(browser);
    await provider.page.goto(link!);
    await provider.page.getByRole('heading', { name: 'Synpunkt att besvara' }).waitFor();
    await provider.page.getByText('Hemtjänsten kom två timmar för sent').waitFor();
    const shown = await provider.page.locator('main').innerText();
    expect(shown).not.toContain('19400101-1234');
    expect(shown).not.toMatch(/Greta|Provgatan|example\.se/);
    await expectAccessible(provider.page);
    await screenshot(provider.page, 'feedback-provider-answer');

    await provider.page.getByRole('button', { name: 'Skicka svaret' }).click();
    await provider.page.getByText('Skriv vad ni har gjort.').first().waitFor();
    await provider.page.getByLabel('Ert svar').fill('Vi har ändrat schemat så att besöket kommer i tid.');
    await provider.page.getByRole('button', { name: 'Skicka svaret' }).click();
    await provider.page.getByRole('heading', { name: 'Tack för ert svar' }).waitFor();
    await expectAccessible(provider.page);

    await provider.page.goto(link!);
    await provider.page.getByText('Ni har redan svarat på den här synpunkten').waitFor();
    await expectAccessible(provider.page);
    await provider.page.goto(`${urls.citizen}/synpunkter/svar/${'A'.repeat(43)}`);
    await provider.page.getByText('Länken fungerar inte').waitFor();
    await provider.context.close();

    const after = await operation(staff.page, 'StaffFeedbackForwards', { feedbackId });
    expect(after.feedbackReplies.forwards[0]).toMatchObject({ answer: 'Vi har ändrat schemat så att besöket kommer i tid.', answeredVia: 'LINK' });
    await staff.context.close();
  });

  it('answers the sender by letter (the PDF downloads) and by e-mail', async () => {
    const staff = await newPage(browser);
    await signInAsStaff(staff.page, urls.staff, 'kvalitet1');
    const loaded = (await operation(staff.page, 'StaffFeedbackAnswers', { feedbackId })).feedbackReplies;
    const draft = loaded.drafts.find((entry: { template: string }) => entry.template === 'AFTER_PROVIDER_ANSWER').text as string;
    expect(draft).toContain(referenceNumber);
    expect(draft).toContain('Vi har ändrat schemat');

    const byLetter = (await operation(staff.page, 'StaffAnswerFeedback', { input: { feedbackId, version: loaded.version, sentBy: 'LETTER', text: draft } })).answerFeedback;
    expect(byLetter.__typename).toBe('MutationAnswerFeedbackSuccess');
    const letterUrl = byLetter.data.answers[0].letterUrl as string;
    const response = await staff.page.request.get(`${urls.staff}${letterUrl}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const written = pdfText(Buffer.from(await response.body()));
    for (const expected of ['Greta Provsson', 'Provgatan 3', referenceNumber, 'Vi har ändrat schemat']) expect(written).toContain(expected);

    const text = `Hej Greta!\n\nTack för att du skrev till oss (${referenceNumber}). Vi har pratat med hemtjänsten.`;
    const byMail = (await operation(staff.page, 'StaffAnswerFeedback', { input: { feedbackId, version: byLetter.data.version, sentBy: 'EMAIL', text } })).answerFeedback;
    expect(byMail.data.answers).toHaveLength(2);
    const [answer] = await mailsTo(SENDER_MAIL);
    expect(answer!.subject).toContain(referenceNumber);
    expect(answer!.text).toContain('Vi har pratat med hemtjänsten.');

    // Someone else's unit downloads nothing: a caseworker not handling the item is refused.
    const caseworker = await newPage(browser);
    await signInAsStaff(caseworker.page, urls.staff, 'handlaggare1');
    expect((await caseworker.page.request.get(`${urls.staff}${letterUrl}`)).status()).toBe(404);
    await caseworker.context.close();
    await staff.context.close();
  });
});
