import { describe, expect, it } from 'vitest';
import type { Actor } from '@omsorg/platform';
import type { CaseFacts } from './access.ts';
import { isAttachmentSent, mayAttach, mayRemoveAttachment, maySeeAttachment, maySendAttachments, type AttachmentFacts } from './attachment-access.ts';

const SIGNE = 'a0000000-0000-4000-8000-000000000001';
const ERIK = 'a0000000-0000-4000-8000-000000000002';
const STRANGER = 'a0000000-0000-4000-8000-000000000003';
const UNIT = 'Hägersten-Älvsjö';

const person = (personId: string, actingFor: string[] = []): Actor => ({ kind: 'person', personId, actingFor });
const staffMember = (roles: Array<'CASEWORKER' | 'MANAGER' | 'OUTREACH' | 'QUALITY_COUNCIL'>, unit = UNIT): Actor => ({ kind: 'staff', staffId: 'b0000000-0000-4000-8000-000000000001', roles, unit });

const signe = person(SIGNE);
const erik = person(ERIK, [SIGNE]);
const stranger = person(STRANGER);
const hanna = staffMember(['CASEWORKER']);
const otherUnit = staffMember(['CASEWORKER', 'MANAGER'], 'Skärholmen');
const outreach = staffMember(['OUTREACH']);
const council = staffMember(['QUALITY_COUNCIL']);
const anonymous: Actor = { kind: 'anonymous' };

const draft: CaseFacts = { applicantId: SIGNE, unit: UNIT, status: 'DRAFT' };
const submitted: CaseFacts = { applicantId: SIGNE, unit: UNIT, status: 'SUBMITTED' };
const closed: CaseFacts = { applicantId: SIGNE, unit: UNIT, status: 'CLOSED' };
const decided: CaseFacts = { applicantId: SIGNE, unit: UNIT, status: 'DECIDED' };

const erikCertificate: AttachmentFacts = { purpose: 'APPLICATION', sentAt: null, uploadedByPersonId: ERIK };
const pendingResponse: AttachmentFacts = { purpose: 'RESPONSE', sentAt: null, uploadedByPersonId: ERIK };
const sentAppeal: AttachmentFacts = { purpose: 'APPEAL', sentAt: new Date(), uploadedByPersonId: ERIK };
const scanned: AttachmentFacts = { purpose: 'CASE_DOCUMENT', sentAt: new Date(), uploadedByPersonId: null };

describe('mayAttach', () => {
  it('lets the applicant and her representative attach to her draft, and no one else', () => {
    expect(mayAttach(signe, draft, 'APPLICATION')).toBe(true);
    expect(mayAttach(erik, draft, 'APPLICATION')).toBe(true);
    for (const actor of [stranger, hanna, otherUnit, outreach, council, anonymous]) expect(mayAttach(actor, draft, 'APPLICATION')).toBe(false);
  });

  it('takes no application files once it is sent, but a response’s or an appeal’s while the case is open', () => {
    expect(mayAttach(erik, submitted, 'APPLICATION')).toBe(false);
    expect(mayAttach(erik, submitted, 'RESPONSE')).toBe(true);
    expect(mayAttach(signe, submitted, 'APPEAL')).toBe(true);
    expect(mayAttach(erik, draft, 'RESPONSE')).toBe(false);
    expect(mayAttach(erik, closed, 'APPEAL')).toBe(false);
    expect(mayAttach(stranger, submitted, 'RESPONSE')).toBe(false);
    expect(mayAttach(erik, submitted, 'CASE_DOCUMENT')).toBe(false);
  });

  it('takes no response files once everything is decided, as it takes no response; an appeal’s still', () => {
    expect(mayAttach(erik, decided, 'RESPONSE')).toBe(false);
    expect(mayAttach(erik, decided, 'APPEAL')).toBe(true);
    expect(maySendAttachments(erik, decided, 'RESPONSE')).toBe(false);
    expect(maySendAttachments(erik, decided, 'APPEAL')).toBe(true);
    expect(maySendAttachments(erik, submitted, 'RESPONSE')).toBe(true);
  });

  it('lets only caseworkers of the unit scan paper into a sent case', () => {
    expect(mayAttach(hanna, submitted, 'CASE_DOCUMENT')).toBe(true);
    expect(mayAttach(hanna, draft, 'CASE_DOCUMENT')).toBe(false);
    expect(mayAttach(hanna, submitted, 'RESPONSE')).toBe(false);
    for (const actor of [otherUnit, outreach, council, anonymous]) expect(mayAttach(actor, submitted, 'CASE_DOCUMENT')).toBe(false);
  });
});

describe('maySeeAttachment', () => {
  it('shows the draft’s files to the applicant’s side only, and to the unit once sent', () => {
    expect(maySeeAttachment(erik, draft, erikCertificate)).toBe(true);
    expect(maySeeAttachment(signe, draft, erikCertificate)).toBe(true);
    expect(maySeeAttachment(stranger, draft, erikCertificate)).toBe(false);
    expect(maySeeAttachment(hanna, draft, erikCertificate)).toBe(false);
    expect(maySeeAttachment(hanna, submitted, erikCertificate)).toBe(true);
    expect(maySeeAttachment(signe, submitted, erikCertificate)).toBe(true);
    for (const actor of [stranger, otherUnit, outreach, council, anonymous]) expect(maySeeAttachment(actor, submitted, erikCertificate)).toBe(false);
  });

  it('keeps a response’s file not yet sent to its uploader', () => {
    expect(maySeeAttachment(erik, submitted, pendingResponse)).toBe(true);
    expect(maySeeAttachment(signe, submitted, pendingResponse)).toBe(false);
    expect(maySeeAttachment(hanna, submitted, pendingResponse)).toBe(false);
    expect(maySeeAttachment(hanna, submitted, sentAppeal)).toBe(true);
  });

  it('shows scanned paper to the case’s people, not to other units or roles', () => {
    expect(maySeeAttachment(signe, submitted, scanned)).toBe(true);
    expect(maySeeAttachment(hanna, submitted, scanned)).toBe(true);
    for (const actor of [stranger, otherUnit, outreach, council, anonymous]) expect(maySeeAttachment(actor, submitted, scanned)).toBe(false);
  });
});

describe('mayRemoveAttachment', () => {
  it('lets the uploader remove a file before it is sent, and no one after', () => {
    expect(mayRemoveAttachment(erik, draft, erikCertificate)).toBe(true);
    expect(mayRemoveAttachment(signe, draft, erikCertificate)).toBe(false);
    expect(mayRemoveAttachment(erik, submitted, erikCertificate)).toBe(false);
    expect(mayRemoveAttachment(erik, submitted, pendingResponse)).toBe(true);
    expect(mayRemoveAttachment(erik, submitted, sentAppeal)).toBe(false);
    expect(mayRemoveAttachment(hanna, submitted, scanned)).toBe(false);
    expect(mayRemoveAttachment(hanna, draft, erikCertificate)).toBe(false);
    // A representation that has ended ends the right to remove, too.
    expect(mayRemoveAttachment(person(ERIK), draft, erikCertificate)).toBe(false);
  });
});

describe('maySendAttachments and isAttachmentSent', () => {
  it('sends a response’s or appeal’s files for the applicant’s side only', () => {
    expect(maySendAttachments(erik, submitted, 'RESPONSE')).toBe(true);
    expect(maySendAttachments(erik, submitted, 'APPLICATION')).toBe(false);
    expect(maySendAttachments(stranger, submitted, 'APPEAL')).toBe(false);
    expect(maySendAttachments(hanna, submitted, 'RESPONSE')).toBe(false);
  });

  it('counts an application’s files as sent with the application', () => {
    expect(isAttachmentSent(erikCertificate, draft)).toBe(false);
    expect(isAttachmentSent(erikCertificate, submitted)).toBe(true);
    expect(isAttachmentSent(pendingResponse, submitted)).toBe(false);
  });
});
