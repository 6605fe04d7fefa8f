import type { AttachmentPurpose } from './attachment-access.ts';

/*
 * What the timeline keeps of an attachment or a provider choice: enough to say what happened in
 * plain language, nothing the viewer of the timeline may not see. Pure, so the data of each event
 * type is written in one place.
 */

export type AttachmentEventFacts = { id: string; purpose: AttachmentPurpose; fileName: string; contentType: string; uploadedByStaffId?: string | null };

/**
 * An attachment that became part of the case (ATTACHMENT_ADDED): its kind and its name. Only
 * files that are part of the case get an event, and those are shown to everyone who may see the
 * case (attachment-access.ts: staff and the applicant's side alike), so the event may show the
 * name to the applicant too. There is no "internal to staff" file; if one comes, its event must
 * leave the name out for the applicant.
 */
export function attachmentEventData(attachment: AttachmentEventFacts): Record<string, unknown> {
  return {
    attachmentId: attachment.id,
    purpose: attachment.purpose,
    fileName: attachment.fileName,
    contentType: attachment.contentType,
    byStaff: !!attachment.uploadedByStaffId,
  };
}

export type ProviderChoiceEventFacts = {
  decisionId: string;
  requestedServiceId: string;
  serviceType: string;
  providerName: string;
  madeBy: 'PERSON' | 'REPRESENTATIVE';
  channel: 'PORTAL' | 'PHONE';
  /** Who made a choice by phone, as staff wrote it down; not kept for a choice in the portal (the actor is the person). */
  madeByName: string | null;
};

/** A provider chosen (PROVIDER_CHOSEN): which, for which service, by whom and how. */
export function providerChoiceEventData(choice: ProviderChoiceEventFacts): Record<string, unknown> {
  return {
    decisionId: choice.decisionId,
    requestedServiceId: choice.requestedServiceId,
    serviceType: choice.serviceType,
    providerName: choice.providerName,
    madeBy: choice.madeBy,
    channel: choice.channel,
    ...(choice.channel === 'PHONE' && choice.madeByName ? { madeByName: choice.madeByName } : {}),
  };
}
