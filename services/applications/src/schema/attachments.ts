import { NotFoundFailure, ValidationFailure, type RequestContext } from '@omsorg/platform';
import { ATTACHMENT_PURPOSES, isAttachmentSent, mayRemoveAttachment, maySeeAttachment, maySendAttachments } from '../domain/attachment-access.ts';
import { isUuid } from '../domain/access.ts';
import { Application } from '../entities/application.ts';
import { Attachment } from '../entities/attachment.ts';
import { storeFor } from '../attachments/store.ts';
import { recordAttachmentsAdded } from '../queries/events.ts';
import { MAX_ATTACHMENTS_PER_PURPOSE, maxAttachmentBytes } from '../attachments/upload.ts';
import { ATTACHMENT_TYPES } from '../domain/attachment-content.ts';
import { ApplicationRef } from './application.ts';
import { builder } from './builder.ts';

/*
 * Attachments in the graph: which files a case has (uploaded and downloaded as plain HTTP under
 * /attachments, see attachments/http.ts), removing one not yet sent, and sending a response's or
 * an appeal's files with it. Staff reach them only through a logged read of the case.
 */

type AttachmentWithCase = { attachment: Attachment; application: Application };

const AttachmentPurposeEnum = builder.enumType('AttachmentPurpose', {
  description:
    'What a file was attached to: APPLICATION the application ("bilaga till ansökan"), RESPONSE the response to a communicated investigation ("yttrande"), APPEAL an appeal ("överklagande"), CASE_DOCUMENT scanned or received by staff ("inskannad handling").',
  values: ATTACHMENT_PURPOSES,
});

export const AttachmentRef = builder.objectRef<AttachmentWithCase>('Attachment').implement({
  description: 'A file attached to a case ("bilaga"): PDF, JPEG or PNG, recognised by its content.',
  fields: (t) => ({
    id: t.id({ resolve: ({ attachment }) => attachment.id }),
    fileName: t.string({ description: 'The name the file had when it was attached.', resolve: ({ attachment }) => attachment.fileName }),
    contentType: t.string({ description: 'application/pdf, image/jpeg or image/png, from the content.', resolve: ({ attachment }) => attachment.contentType }),
    sizeBytes: t.int({ resolve: ({ attachment }) => attachment.sizeBytes }),
    purpose: t.field({ type: AttachmentPurposeEnum, resolve: ({ attachment }) => attachment.purpose }),
    uploadedAt: t.string({ resolve: ({ attachment }) => attachment.uploadedAt.toISOString() }),
    byStaff: t.boolean({ description: 'Attached by staff (scanned paper), not by the applicant or a representative.', resolve: ({ attachment }) => !!attachment.uploadedByStaffId }),
    sent: t.boolean({
      description: 'Part of the case: sent with the application, response or appeal (staff documents at once). Not yet sent: only its uploader sees it.',
      resolve: ({ attachment, application }) => isAttachmentSent(attachment, application),
    }),
    removable: t.boolean({
      description: 'Whether the viewer may remove it: its uploader, before it is sent.',
      resolve: ({ attachment, application }, _args, context) => mayRemoveAttachment(context.actor, application, attachment),
    }),
    downloadPath: t.string({
      description: 'Where to download it, through the gateway (GET; Content-Disposition attachment). A staff download is logged for the applicant.',
      resolve: ({ attachment }) => `/attachments/${attachment.id}`,
    }),
  }),
});

async function visibleAttachments(context: RequestContext, application: Application): Promise<AttachmentWithCase[]> {
  const attachments = await context.em.find(Attachment, { application: application.id }, { orderBy: { uploadedAt: 'asc', id: 'asc' }, limit: MAX_ATTACHMENTS_PER_PURPOSE * ATTACHMENT_PURPOSES.length });
  return attachments.filter((attachment) => maySeeAttachment(context.actor, application, attachment)).map((attachment) => ({ attachment, application }));
}

builder.objectField(ApplicationRef, 'attachments', (t) =>
  t.field({
    type: [AttachmentRef],
    description: `The files attached to the case that the viewer may see, oldest first (at most ${MAX_ATTACHMENTS_PER_PURPOSE} per purpose, so never paged). Staff see what was sent; a citizen also their own files not yet sent.`,
    resolve: (application, _args, context) => visibleAttachments(context, application),
  }),
);

async function findAttachment(context: RequestContext, id: string): Promise<Attachment | null> {
  if (!isUuid(id)) return null;
  const attachment = await context.em.findOne(Attachment, { id }, { populate: ['application'] });
  return attachment && maySeeAttachment(context.actor, attachment.application, attachment) ? attachment : null;
}

const RemoveAttachmentInput = builder.inputType('RemoveAttachmentInput', { fields: (t) => ({ id: t.id({ required: true }) }) });

const RemovedAttachment = builder.objectRef<{ id: string }>('RemovedAttachment').implement({ fields: (t) => ({ id: t.exposeID('id') }) });

builder.mutationField('removeAttachment', (t) =>
  t.field({
    type: RemovedAttachment,
    description: 'Removes a file its uploader attached and has not yet sent ("ta bort bilaga"). Errors: NotFoundError, ValidationError (already sent).',
    authScopes: { citizen: true },
    errors: {},
    args: { input: t.arg({ type: RemoveAttachmentInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const attachment = await findAttachment(context, String(input.id));
      if (!attachment) throw new NotFoundFailure(context.t('error.attachment.notFound'));
      if (!mayRemoveAttachment(context.actor, attachment.application, attachment)) {
        const message = context.t('error.attachment.notRemovable');
        throw new ValidationFailure(message, [{ field: 'id', message }]);
      }
      const store = await storeFor(attachment.storage);
      await context.em.transactional(async (em) => {
        await store.delete(em, attachment.id);
        await em.nativeDelete(Attachment, { id: attachment.id });
      });
      return { id: attachment.id };
    },
  }),
);

const SendAttachmentsInput = builder.inputType('SendAttachmentsInput', {
  fields: (t) => ({
    applicationId: t.id({ required: true }),
    purpose: t.field({ type: AttachmentPurposeEnum, required: true, description: 'RESPONSE or APPEAL: an application’s own files are sent with it.' }),
    attachmentIds: t.idList({ required: true, description: `At most ${MAX_ATTACHMENTS_PER_PURPOSE}.` }),
  }),
});

builder.mutationField('sendAttachments', (t) =>
  t.field({
    type: [AttachmentRef],
    description:
      'Sends the citizen’s own not yet sent files of a response or an appeal to the case, right after the response or appeal itself ("skicka bilagor"). Sending again is harmless. Errors: NotFoundError.',
    authScopes: { citizen: true },
    errors: {},
    args: { input: t.arg({ type: SendAttachmentsInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const applicationId = String(input.applicationId);
      const ids = input.attachmentIds.map(String).slice(0, MAX_ATTACHMENTS_PER_PURPOSE + 1);
      const application = isUuid(applicationId) ? await context.em.findOne(Application, { id: applicationId }) : null;
      if (!application || !maySendAttachments(context.actor, application, input.purpose) || !ids.every(isUuid) || ids.length > MAX_ATTACHMENTS_PER_PURPOSE) throw new NotFoundFailure(context.t('error.attachment.caseNotFound'));
      const attachments = await context.em.find(Attachment, { id: { $in: ids }, application: application.id, purpose: input.purpose });
      const own = attachments.filter((attachment) => maySeeAttachment(context.actor, application, attachment));
      if (own.length !== new Set(ids).size) throw new NotFoundFailure(context.t('error.attachment.notFound'));
      const now = new Date();
      const sentNow = own.filter((attachment) => !attachment.sentAt);
      for (const attachment of sentNow) attachment.sentAt = now;
      recordAttachmentsAdded(context.em, application, context.actor, sentNow);
      await context.em.flush();
      return own.map((attachment) => ({ attachment, application }));
    },
  }),
);

type AttachmentRules = { maxBytes: number; contentTypes: string[]; extensions: string[]; maxFilesPerPurpose: number };

const AttachmentRulesRef = builder.objectRef<AttachmentRules>('AttachmentRules').implement({
  description: 'What an upload to /attachments may be, as the service checks it, for the upload fields to say ("högst 10 MB").',
  fields: (t) => ({
    maxBytes: t.exposeInt('maxBytes', { description: 'The largest file, in bytes (ATTACHMENT_MAX_BYTES).' }),
    acceptedContentTypes: t.exposeStringList('contentTypes', { description: 'The types taken, recognised by content: application/pdf, image/jpeg, image/png.' }),
    acceptedExtensions: t.exposeStringList('extensions', { description: 'The file name endings that go with them, without the dot: pdf, jpg, jpeg, png.' }),
    maxFilesPerPurpose: t.exposeInt('maxFilesPerPurpose', { description: 'How many files one case takes for each purpose.' }),
  }),
});

builder.queryField('attachmentRules', (t) =>
  t.field({
    type: AttachmentRulesRef,
    description: 'The limits of attachments: largest size and accepted types. Not personal; the same for everyone.',
    authScopes: { public: true },
    resolve: () => ({
      maxBytes: maxAttachmentBytes(),
      contentTypes: Object.keys(ATTACHMENT_TYPES),
      extensions: Object.values(ATTACHMENT_TYPES).flatMap((type) => [...type.extensions]),
      maxFilesPerPurpose: MAX_ATTACHMENTS_PER_PURPOSE,
    }),
  }),
);
