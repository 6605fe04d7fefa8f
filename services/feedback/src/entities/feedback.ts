import { defineEntity, p } from '@mikro-orm/core';
import { FEEDBACK_CHANNELS, FEEDBACK_SOURCES, FEEDBACK_SUBJECTS, FEEDBACK_TYPES } from '../domain/categories.ts';
import { CONTACT_FIELD_MAX_LENGTH } from '../domain/contact.ts';

/**
 * A complaint, suggestion, praise or question ("synpunkt eller klagomål"), registered the way
 * SOSFS 2011:9 requires. The text and contact details are personal data: never logged.
 */
export const FeedbackSchema = defineEntity({
  name: 'Feedback',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    referenceNumber: p.string().length(32).unique(),
    type: p.enum(FEEDBACK_TYPES),
    subject: p.enum(FEEDBACK_SUBJECTS),
    text: p.text(),
    anonymous: p.boolean().default(false),
    /** The signed-in citizen who sent it (identity's Person id); null when anonymous. */
    personId: p.uuid().nullable().index(),
    contactName: p.string().length(CONTACT_FIELD_MAX_LENGTH).nullable(),
    contactEmail: p.string().length(CONTACT_FIELD_MAX_LENGTH).nullable(),
    contactPhone: p.string().length(CONTACT_FIELD_MAX_LENGTH).nullable(),
    channel: p.enum(FEEDBACK_CHANNELS),
    source: p.enum(FEEDBACK_SOURCES).default('OTHER_UNKNOWN'),
    /** The unit it concerns, when known; set by staff when they register it. */
    unit: p.string().length(200).nullable(),
    receivedAt: p.datetime().index(),
  },
});

export class Feedback extends FeedbackSchema.class {}
FeedbackSchema.setClass(Feedback);
