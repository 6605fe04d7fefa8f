import { isPerson, personScope, type Actor } from '@omsorg/platform';
import { doesCasework, maySeeCase, type CaseFacts } from './access.ts';

/*
 * Who may attach, see and remove files: the case's own rules (access.ts) and no others. A file is
 * part of the case once sent; until then it is its uploader's alone.
 */

/**
 * APPLICATION with the citizen's application (while it is a draft); RESPONSE with the response
 * to a communicated investigation; APPEAL with an appeal; CASE_DOCUMENT scanned or received by
 * staff ("inskannad handling").
 */
export const ATTACHMENT_PURPOSES = ['APPLICATION', 'RESPONSE', 'APPEAL', 'CASE_DOCUMENT'] as const;
export type AttachmentPurpose = (typeof ATTACHMENT_PURPOSES)[number];

export type AttachmentFacts = { purpose: AttachmentPurpose; sentAt?: Date | null; uploadedByPersonId?: string | null };

/** Part of the case: an application's files once it is sent, the others once their response or appeal is. */
export function isAttachmentSent(attachment: AttachmentFacts, application: CaseFacts): boolean {
  return attachment.purpose === 'APPLICATION' ? application.status !== 'DRAFT' : !!attachment.sentAt;
}

/** Citizens attach to their draft, or to a sent case's response or appeal; caseworkers scan paper into their unit's cases. */
export function mayAttach(actor: Actor, application: CaseFacts, purpose: AttachmentPurpose): boolean {
  if (!maySeeCase(actor, application)) return false;
  if (isPerson(actor)) {
    if (purpose === 'APPLICATION') return application.status === 'DRAFT';
    if (purpose === 'RESPONSE') return takesResponses(application);
    return purpose === 'APPEAL' && application.status !== 'DRAFT' && application.status !== 'CLOSED';
  }
  return doesCasework(actor) && purpose === 'CASE_DOCUMENT';
}

/**
 * Staff see the case's sent files. A citizen also sees the files of a draft they may see (the
 * draft is shared by everyone acting for the applicant, as its answers are) and their own files
 * of a response or appeal not yet sent.
 */
export function maySeeAttachment(actor: Actor, application: CaseFacts, attachment: AttachmentFacts): boolean {
  if (!maySeeCase(actor, application)) return false;
  if (isAttachmentSent(attachment, application)) return true;
  if (!isPerson(actor)) return false;
  return attachment.purpose === 'APPLICATION' || (!!attachment.uploadedByPersonId && attachment.uploadedByPersonId === actor.personId);
}

/** Only the uploader, only before it is sent: what is part of the case stays (it is a record). */
export function mayRemoveAttachment(actor: Actor, application: CaseFacts, attachment: AttachmentFacts): boolean {
  if (!isPerson(actor) || !maySeeCase(actor, application)) return false;
  return !!attachment.uploadedByPersonId && attachment.uploadedByPersonId === actor.personId && !isAttachmentSent(attachment, application);
}

/**
 * A response's files belong to a response to the investigation, which cannot be given once
 * everything is decided or the case closed (investigation-response.ts): nor can its files.
 */
function takesResponses(application: CaseFacts): boolean {
  return application.status !== 'DRAFT' && application.status !== 'DECIDED' && application.status !== 'CLOSED';
}

/** Sending links the actor's own pending files of this purpose to what they sent. */
export function maySendAttachments(actor: Actor, application: CaseFacts, purpose: AttachmentPurpose): boolean {
  if (!isPerson(actor) || !personScope(actor).includes(application.applicantId)) return false;
  return purpose === 'APPEAL' || (purpose === 'RESPONSE' && takesResponses(application));
}
