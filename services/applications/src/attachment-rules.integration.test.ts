import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxAttachmentBytes } from './attachments/upload.ts';
import { applicationsService } from './service.ts';
import { TEST_PDF, uploadAttachment } from './testing/attachment-upload.ts';
import { citizen, submittedApplication } from './testing/casework-fixtures.ts';

let subgraph: TestSubgraph;
const RULES = `{ attachmentRules { maxBytes acceptedContentTypes acceptedExtensions maxFilesPerPurpose } }`;

beforeAll(async () => {
  subgraph = await startTestSubgraph(applicationsService);
});

afterAll(() => subgraph?.close());

describe('the attachment rules the upload fields show', () => {
  it('are the limit the upload enforces, and the types it takes, for anyone', async () => {
    const result = await subgraph.request({ kind: 'anonymous' }, RULES);
    expect(result.data.attachmentRules).toEqual({
      maxBytes: maxAttachmentBytes(),
      acceptedContentTypes: ['application/pdf', 'image/jpeg', 'image/png'],
      acceptedExtensions: ['pdf', 'jpg', 'jpeg', 'png'],
      maxFilesPerPurpose: 20,
    });
  });

  it('say the real limit: one byte more than maxBytes is refused', async () => {
    const { maxBytes } = (await subgraph.request({ kind: 'anonymous' }, RULES)).data.attachmentRules;
    const personId = crypto.randomUUID();
    const draft = await submittedApplication(subgraph.orm, { applicantId: personId, services: ['SAFETY_ALARM'], status: 'DRAFT' });
    const tooLarge = Buffer.concat([TEST_PDF, Buffer.alloc(maxBytes + 1 - TEST_PDF.length)]);
    expect((await uploadAttachment(subgraph, citizen(personId), draft.id, 'APPLICATION', 'intyg.pdf', tooLarge)).status).toBe(413);
  });
});
