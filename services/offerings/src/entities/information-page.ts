import { defineEntity, p } from '@mikro-orm/core';
import { CONTENT_STATUSES, INFORMATION_TOPICS, type Translated } from '@omsorg/rules/offerings';

/** An information page's text in one language: plain paragraphs, headings and lists (docs/OFFERINGS.md "Safe text"). */
export type InformationTexts = { title: string; summary: string; body: string };

/** An information page: the services one can apply for, rights in Finnish, relatives, housing, complaints, accessibility. */
export const InformationPageSchema = defineEntity({
  name: 'InformationPage',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    /** The path under /information, e.g. "boende". */
    slug: p.string().length(100).unique(),
    topic: p.enum(INFORMATION_TOPICS).nullable(),
    /** Order in the list of pages. */
    position: p.integer().default(0),
    texts: p.json<Translated<InformationTexts>>(),
    status: p.enum(CONTENT_STATUSES).default('DRAFT'),
    publishFrom: p.datetime().nullable(),
    publishUntil: p.datetime().nullable(),
    version: p.integer().default(1),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class InformationPage extends InformationPageSchema.class {}
InformationPageSchema.setClass(InformationPage);
