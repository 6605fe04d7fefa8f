import { idSchema, text } from '@omsorg/platform';
import { optionalDay } from '@omsorg/rules';
import { OFFERINGS_LIMITS } from '@omsorg/rules/offerings';
import { z } from 'zod';
import { builder } from './builder.ts';
import { ContentStatusEnum, OfferingAudienceEnum, OfferingKindEnum, VenueKindEnum } from './enums.ts';
import { ContentLanguageEnum } from './localized.ts';

/** The editor's inputs. Every text: no control characters, at most OFFERINGS_LIMITS; stored as written. */

const title = text({ max: OFFERINGS_LIMITS.title });
const summary = text({ max: OFFERINGS_LIMITS.summary, multiline: true });
const longText = text({ max: OFFERINGS_LIMITS.text, multiline: true });
const LANGUAGES_MAX = 5;

export const OfferingTextInput = builder.inputType('OfferingTextInput', {
  description: 'An offering\'s texts in one language. A language other than Swedish sent with every field empty removes that translation.',
  fields: (t) => ({
    language: t.field({ type: ContentLanguageEnum, required: true }),
    title: t.string({ required: true, validate: title, description: `At most ${OFFERINGS_LIMITS.title} characters; required when the language is written.` }),
    summary: t.string({ required: true, validate: summary, description: `At most ${OFFERINGS_LIMITS.summary} characters.` }),
    description: t.string({ required: true, validate: longText, description: 'Plain text with the safe markup (docs/OFFERINGS.md "Safe text").' }),
  }),
});

export const VenueTextInput = builder.inputType('VenueTextInput', {
  description: 'A venue\'s texts in one language. A language other than Swedish sent with every field empty removes that translation.',
  fields: (t) => ({
    language: t.field({ type: ContentLanguageEnum, required: true }),
    description: t.string({ required: true, validate: longText }),
    openingHours: t.string({ required: true, validate: longText }),
    holidayHours: t.string({ required: true, validate: longText }),
    directions: t.string({ required: true, validate: longText }),
    accessibility: t.string({ required: true, validate: longText }),
  }),
});

export const textList = z.array(z.any()).max(LANGUAGES_MAX);

export const VenueFactsInput = builder.inputType('VenueFactsInput', {
  fields: (t) => ({
    kind: t.field({ type: VenueKindEnum, required: true }),
    name: t.string({ required: true, validate: text({ max: OFFERINGS_LIMITS.name, min: 1 }) }),
    streetAddress: t.string({ required: true, validate: text({ max: 200, min: 1 }) }),
    postalCode: t.string({ required: true, validate: text({ max: 6, min: 1 }), description: 'Five digits, "126 49".' }),
    city: t.string({ required: true, validate: text({ max: 100, min: 1 }) }),
    district: t.string({ required: true, validate: text({ max: 100, min: 1 }) }),
    area: t.string({ required: true, validate: text({ max: 100, min: 1 }) }),
    phone: t.string({ validate: text({ max: OFFERINGS_LIMITS.phone }).nullish() }),
    email: t.string({ validate: text({ max: OFFERINGS_LIMITS.email }).nullish() }),
    stepFree: t.boolean({ required: true }),
    hearingLoop: t.boolean({ required: true }),
    accessibleToilet: t.boolean({ required: true }),
  }),
});

export const languageCode = text({ max: 8 }).pipe(z.string().regex(/^[a-z]{2,3}$/, 'validation.offerings.language'));

export const OfferingFactsInput = builder.inputType('OfferingFactsInput', {
  fields: (t) => ({
    kind: t.field({ type: OfferingKindEnum, required: true }),
    audience: t.field({ type: OfferingAudienceEnum, required: true }),
    venueId: t.id({ required: true, validate: idSchema }),
    price: t.int({ required: true, validate: z.number().int().min(0).max(OFFERINGS_LIMITS.price), description: 'Whole kronor per session; 0 is free.' }),
    language: t.string({ required: true, validate: languageCode, description: 'The language it is held in, ISO 639-1 (sv, fi, ar).' }),
    registrationRequired: t.boolean({ required: true }),
  }),
});

export const PublishInput = builder.inputType('PublishContentInput', {
  description: 'Publish between two days (Stockholm), both optional: from publishFrom\'s start to publishUntil\'s end.',
  fields: (t) => ({
    id: t.id({ required: true, validate: idSchema }),
    version: t.int({ required: true }),
    publishFrom: t.string({ validate: optionalDay.nullish(), description: 'First day shown, YYYY-MM-DD.' }),
    publishUntil: t.string({ validate: optionalDay.nullish(), description: 'Last day shown, YYYY-MM-DD.' }),
  }),
});

export const VersionedIdInput = builder.inputType('VersionedIdInput', {
  fields: (t) => ({ id: t.id({ required: true, validate: idSchema }), version: t.int({ required: true }) }),
});

export const EditorOfferingFilter = builder.inputType('EditorOfferingFilter', {
  fields: (t) => ({
    status: t.field({ type: ContentStatusEnum }),
    kind: t.field({ type: OfferingKindEnum }),
    venueId: t.id({ validate: idSchema.nullish() }),
    search: t.string({ validate: text({ max: 100 }).nullish(), description: 'Words in the Swedish title.' }),
  }),
});
