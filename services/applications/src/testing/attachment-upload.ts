import { clientFingerprint, internalTokenKey, signInternalToken, type Actor } from '@omsorg/platform';
import { TEST_INTERNAL_SECRET, type TestSubgraph } from '@omsorg/platform/testing';

/** The smallest files the content check takes for a PDF and a PNG. */
export const TEST_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export const TEST_PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/** Uploads a file to the subgraph's /attachments as the gateway forwards it, signed for the actor. */
export async function uploadAttachment(subgraph: TestSubgraph, actor: Actor, applicationId: string, purpose: string, fileName: string, content: Buffer) {
  const key = internalTokenKey(TEST_INTERNAL_SECRET);
  const token = await signInternalToken({ actor, locale: 'sv', client: clientFingerprint('127.0.0.1', key) }, key);
  const response = await fetch(`${subgraph.url}/attachments?applicationId=${applicationId}&purpose=${purpose}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName) },
    body: content,
  });
  return { status: response.status, body: (await response.json()) as { attachment?: { id: string; sizeBytes: number }; error?: { code: string; message: string } } };
}
