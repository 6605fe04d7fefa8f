import { defineEntity, p } from '@mikro-orm/core';
import {
  ANSWER_CHANNELS,
  FEEDBACK_CHANNELS,
  FEEDBACK_SOURCES,
  FEEDBACK_STATUSES,
  FEEDBACK_SUBJECTS,
  FEEDBACK_TARGETS,
  FEEDBACK_TYPES,
  SENDER_GENDERS,
} from '../domain/categories.ts';
import { CONTACT_FIELD_MAX_LENGTH } from '../domain/contact.ts';

/**
 * A complaint, suggestion, praise or question ("synpunkt eller klagomål"), registered the way
 * SOSFS 2011:9 requires, and where it is in its handling (docs/FEEDBACK.md). The text and the
 * contact details are personal data: never logged, removed by the retention job after closing.
 */
export const FeedbackSchema = defineEntity({
  name: 'Feedback',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    referenceNumber: p.string().length(32).unique(),
    type: p.enum(FEEDBACK_TYPES),
    subject: p.enum(FEEDBACK_SUBJECTS),
    /** Whom it is about ("riktat mot"). */
    target: p.enum(FEEDBACK_TARGETS).default('UNIT'),
    /** The provider, nursing home or other organisation it names, as the sender or staff wrote it. */
    targetName: p.string().length(200).nullable(),
    text: p.text(),
    /** The text contains what looks like a personnummer or another sensitive detail (see rules). */
    textHasSensitiveDetails: p.boolean().default(false),
    anonymous: p.boolean().default(false),
    /** The signed-in citizen who sent it (identity's Person id); null when anonymous. */
    personId: p.uuid().nullable().index(),
    /** The person it is about when the sender acts for someone they represent; else null (themself or unknown). */
    concernsPersonId: p.uuid().nullable().index(),
    contactName: p.string().length(CONTACT_FIELD_MAX_LENGTH).nullable(),
    contactEmail: p.string().length(CONTACT_FIELD_MAX_LENGTH).nullable(),
    contactPhone: p.string().length(CONTACT_FIELD_MAX_LENGTH).nullable(),
    /** A postal address for an answer by letter (street, postcode and town, as written). */
    contactAddress: p.string().length(500).nullable(),
    /** How the sender wants to be answered. */
    answerBy: p.enum(ANSWER_CHANNELS).default('NONE'),
    senderGender: p.enum(SENDER_GENDERS).default('UNKNOWN'),
    channel: p.enum(FEEDBACK_CHANNELS),
    source: p.enum(FEEDBACK_SOURCES).default('OTHER_UNKNOWN'),
    /** The unit responsible for handling it (staff units are named, e.g. "Hägersten-Älvsjö"). */
    unit: p.string().length(200).nullable().index(),
    status: p.enum(FEEDBACK_STATUSES).default('RECEIVED').index(),
    /** The staff member handling it ("handläggare"); null while only assigned to the unit. */
    handlerId: p.uuid().nullable().index(),
    /** The staff member who registered it (postcard, phone, letter, in person); null for the web form. */
    registeredById: p.uuid().nullable(),
    /** The case it concerns (applications' Application id), read under the case's access rules. */
    applicationId: p.uuid().nullable(),
    classifiedAt: p.datetime().nullable(),
    /** When the sender was first answered ("återkoppling lämnad"). */
    answeredAt: p.datetime().nullable(),
    /** When an action was first recorded ("åtgärd vidtagen"). */
    actionTakenAt: p.datetime().nullable(),
    /** When it was escalated to a lex Sarah report. */
    lexSarahAt: p.datetime().nullable(),
    closedAt: p.datetime().nullable().index(),
    /** When the retention job removed the text and the sender's details (the categories stay). */
    personalDataRemovedAt: p.datetime().nullable(),
    receivedAt: p.datetime().index(),
    version: p.integer().version(),
  },
});

export class Feedback extends FeedbackSchema.class {}
FeedbackSchema.setClass(Feedback);
