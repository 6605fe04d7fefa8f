import { request as httpRequest } from 'node:http';
import { AccessLogEntry, clientFingerprint, internalTokenKey, signInternalToken, type Actor } from '@omsorg/platform';
import { startTestSubgraph, TEST_INTERNAL_SECRET, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Application } from './entities/application.ts';
import { Attachment, AttachmentContent } from './entities/attachment.ts';
import { sweepUnsentAttachments, UNSENT_ATTACHMENT_HOURS } from './attachments/unsent-sweep.ts';
import { applicationsService } from './service.ts';
import { caseworkStaff, citizen, submittedApplication } from './testing/casework-fixtures.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const MISMATCH = 'Filens innehåll stämmer inte med filnamnet. Filen har inte sparats. Kontrollera att en PDF slutar på .pdf, en JPEG-bild på .jpg och en PNG-bild på .png.';

const ATTACHMENTS = `query($id: ID!) { application(id: $id) { id attachments { id fileName contentType sizeBytes purpose sent removable byStaff downloadPath } } }`;
const REMOVE = `mutation($input: RemoveAttachmentInput!) { removeAttachment(input: $input) { __typename
  ... on MutationRemoveAttachmentSuccess { data { id } }
  ... on NotFoundError { message } ... on ValidationError { message } } }`;
const SEND = `mutation($input: SendAttachmentsInput!) { sendAttachments(input: $input) { __typename
  ... on MutationSendAttachmentsSuccess { data { id sent } }
  ... on NotFoundError { message } } }`;

let subgraph: TestSubgraph;
const key = internalTokenKey(TEST_INTERNAL_SECRET);
const SIGNE = crypto.randomUUID();
const ERIK = crypto.randomUUID();
const signe = citizen(SIGNE);
const erik = citizen(ERIK, [SIGNE]);
const stranger = citizen(crypto.randomUUID());
const { hanna, karl, outreach } = caseworkStaff();

beforeAll(async () => {
  subgraph = await startTestSubgraph(applicationsService);
});
afterAll(async () => {
  await subgraph?.close();
});

async function headers(actor: Actor): Promise<Record<string, string>> {
  const token = await signInternalToken({ actor, locale: 'sv', client: clientFingerprint('127.0.0.1', key) }, key);
  return { authorization: `Bearer ${token}` };
}

async function upload(actor: Actor, applicationId: string, purpose: string, fileName: string, content: Buffer) {
  const response = await fetch(`${subgraph.url}/attachments?applicationId=${applicationId}&purpose=${purpose}`, {
    method: 'POST',
    headers: { ...(await headers(actor)), 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName) },
    body: content,
  });
  return { status: response.status, body: (await response.json()) as { attachment?: { id: string; sizeBytes: number }; error?: { code: string; message: string } } };
}

async function download(actor: Actor, id: string) {
  return fetch(`${subgraph.url}/attachments/${id}`, { headers: await headers(actor) });
}

const stored = () => subgraph.orm.em.fork().count(Attachment, {});
const storedContent = () => subgraph.orm.em.fork().count(AttachmentContent, {});

describe('attachments of an application', () => {
  let caseId: string;
  let certificateId: string;

  it('Erik attaches a certificate to Signe’s draft; a stranger and staff cannot', async () => {
    caseId = (await submittedApplication(subgraph.orm, { applicantId: SIGNE, services: ['HOME_CARE_PERSONAL'], status: 'DRAFT' })).id;
    const uploaded = await upload(erik, caseId, 'APPLICATION', 'läkarintyg.pdf', PDF);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.attachment).toMatchObject({ fileName: 'läkarintyg.pdf', contentType: 'application/pdf', sizeBytes: PDF.length });
    certificateId = uploaded.body.attachment!.id;

    for (const actor of [stranger, hanna, karl, outreach]) {
      const refused = await upload(actor, caseId, 'APPLICATION', 'intyg.pdf', PDF);
      expect(refused.status).toBe(404);
    }
    const listed = await subgraph.request(erik, ATTACHMENTS, { id: caseId });
    expect(listed.data.application.attachments).toEqual([
      expect.objectContaining({ id: certificateId, fileName: 'läkarintyg.pdf', purpose: 'APPLICATION', sent: false, removable: true, byStaff: false, downloadPath: `/attachments/${certificateId}` }),
    ]);
    // Signe sees the file on her draft, but it is Erik's to remove.
    expect((await subgraph.request(signe, ATTACHMENTS, { id: caseId })).data.application.attachments[0].removable).toBe(false);
  });

  it('refuses a file that is not what its name says, or too large, and stores nothing', async () => {
    const [before, beforeContent] = [await stored(), await storedContent()];
    const mismatch = await upload(erik, caseId, 'APPLICATION', 'intyg.pdf', PNG);
    expect(mismatch).toEqual({ status: 415, body: { error: { code: 'NAME_MISMATCH', message: MISMATCH } } });
    const html = await upload(erik, caseId, 'APPLICATION', 'intyg.pdf', Buffer.from('<html><script>alert(1)</script></html>'));
    expect(html.status).toBe(415);
    expect(html.body.error?.message).toBe('Filen är inte en PDF-, JPEG- eller PNG-fil. Bara sådana filer kan bifogas.');
    const large = await upload(erik, caseId, 'APPLICATION', 'stor.pdf', Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]));
    expect(large.status).toBe(413);
    expect(large.body.error?.message).toMatch(/^Filen är för stor\. En bilaga får vara högst 10 MB\./);
    expect([await stored(), await storedContent()]).toEqual([before, beforeContent]);
  });

  it('answers a too-large upload that asks to continue without asking for its body', async () => {
    const outcome = await new Promise<{ status: number; continued: boolean }>((resolve, reject) => {
      let continued = false;
      void headers(erik).then((auth) => {
        const request = httpRequest(`${subgraph.url}/attachments?applicationId=${caseId}&purpose=APPLICATION`, {
          method: 'POST',
          headers: { ...auth, expect: '100-continue', 'content-type': 'application/octet-stream', 'content-length': String(11 * 1024 * 1024), 'x-file-name': 'stor.pdf' },
        });
        request.on('continue', () => (continued = true));
        request.on('response', (response) => {
          response.resume();
          resolve({ status: response.statusCode ?? 0, continued });
        });
        request.on('error', reject);
        request.flushHeaders();
      });
    });
    expect(outcome).toEqual({ status: 413, continued: false });
  });

  it('is not downloadable by staff while a draft, nor by a stranger ever', async () => {
    expect((await download(hanna, certificateId)).status).toBe(404);
    expect((await download(stranger, certificateId)).status).toBe(404);
    expect((await download(erik, certificateId)).status).toBe(200);
  });

  it('reaches the caseworker with the sent application; her download is logged and served as a download', async () => {
    await subgraph.orm.em.fork().nativeUpdate(Application, { id: caseId }, { status: 'SUBMITTED', submittedAt: new Date() });
    const listed = await subgraph.request(hanna, ATTACHMENTS, { id: caseId });
    expect(listed.data.application.attachments).toEqual([expect.objectContaining({ id: certificateId, sent: true, removable: false })]);

    const response = await download(hanna, certificateId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="lakarintyg.pdf"; filename*=UTF-8''l%C3%A4karintyg.pdf`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
    const logged = await subgraph.orm.em.fork().find(AccessLogEntry, { staffId: hanna.staffId, resource: 'Attachment' });
    expect(logged).toEqual([expect.objectContaining({ personId: SIGNE, resourceId: caseId })]);

    // Another unit, or a role without casework, gets nothing and leaves no trace of content.
    for (const actor of [karl, outreach]) expect((await download(actor, certificateId)).status).toBe(404);
  });

  it('keeps a sent file: Erik can no longer remove it', async () => {
    const refused = await subgraph.request(erik, REMOVE, { input: { id: certificateId } });
    expect(refused.data.removeAttachment).toEqual({ __typename: 'ValidationError', message: 'Filen har redan skickats och kan inte tas bort. Kontakta din biståndshandläggare om den blev fel.' });
    expect((await subgraph.request(stranger, REMOVE, { input: { id: certificateId } })).data.removeAttachment.__typename).toBe('NotFoundError');
  });

  it('keeps a response’s file Erik’s alone until he sends it; he may remove it before', async () => {
    const first = (await upload(erik, caseId, 'RESPONSE', 'yttrande.png', PNG)).body.attachment!.id;
    const second = (await upload(erik, caseId, 'RESPONSE', 'fullmakt.pdf', PDF)).body.attachment!.id;
    expect((await subgraph.request(hanna, ATTACHMENTS, { id: caseId })).data.application.attachments.map((a: { id: string }) => a.id)).toEqual([certificateId]);
    expect((await download(hanna, first)).status).toBe(404);

    expect((await subgraph.request(erik, REMOVE, { input: { id: second } })).data.removeAttachment).toEqual({ __typename: 'MutationRemoveAttachmentSuccess', data: { id: second } });
    expect(await subgraph.orm.em.fork().count(AttachmentContent, { attachmentId: second })).toBe(0);

    expect((await subgraph.request(stranger, SEND, { input: { applicationId: caseId, purpose: 'RESPONSE', attachmentIds: [first] } })).data.sendAttachments.__typename).toBe('NotFoundError');
    expect((await subgraph.request(signe, SEND, { input: { applicationId: caseId, purpose: 'RESPONSE', attachmentIds: [first] } })).data.sendAttachments.__typename).toBe('NotFoundError');
    const sent = await subgraph.request(erik, SEND, { input: { applicationId: caseId, purpose: 'RESPONSE', attachmentIds: [first] } });
    expect(sent.data.sendAttachments).toEqual({ __typename: 'MutationSendAttachmentsSuccess', data: [{ id: first, sent: true }] });
    expect((await download(hanna, first)).status).toBe(200);
  });

  it('deletes a response’s file never sent, with its bytes, and keeps what was sent', async () => {
    const left = (await upload(erik, caseId, 'RESPONSE', 'glömd.pdf', PDF)).body.attachment!.id;
    const later = new Date(Date.now() + (UNSENT_ATTACHMENT_HOURS + 1) * 3_600_000);
    expect(await sweepUnsentAttachments(subgraph.orm.em.fork(), later)).toBe(1);
    expect(await subgraph.orm.em.fork().count(Attachment, { id: left })).toBe(0);
    expect(await subgraph.orm.em.fork().count(AttachmentContent, { attachmentId: left })).toBe(0);
    expect(await subgraph.orm.em.fork().count(Attachment, { id: certificateId })).toBe(1);
  });

  it('lets the caseworker scan paper into the case, which Signe then sees', async () => {
    const scanned = await upload(hanna, caseId, 'CASE_DOCUMENT', 'överklagande.pdf', PDF);
    expect(scanned.status).toBe(201);
    const seen = await subgraph.request(signe, ATTACHMENTS, { id: caseId });
    expect(seen.data.application.attachments).toContainEqual(expect.objectContaining({ id: scanned.body.attachment!.id, byStaff: true, sent: true, removable: false }));
    expect((await upload(karl, caseId, 'CASE_DOCUMENT', 'x.pdf', PDF)).status).toBe(404);
  });

  it('refuses a request without the gateway’s token, and an anonymous one', async () => {
    const bare = await fetch(`${subgraph.url}/attachments/${certificateId}`);
    expect(bare.status).toBe(401);
    expect((await download({ kind: 'anonymous' }, certificateId)).status).toBe(401);
  });
});
