import { text } from '@omsorg/platform';
import { decisionLetter, type DecisionLetterFile } from '../../letters/decision-letter.ts';
import { homeVisitLetter } from '../../letters/home-visit-letter.ts';
import { investigationLetter } from '../../letters/investigation-letter.ts';
import type { LetterRequest } from '../../letters/letter-facts.ts';
import { ApplicationRef } from '../application.ts';
import { builder } from '../builder.ts';

const RECIPIENT_NAME_MAX_LENGTH = 200;
const ADDRESS_LINE_MAX_LENGTH = 200;
const ADDRESS_LINES_MAX = 4;
const LANGUAGE_MAX_LENGTH = 8;

const DecisionLetterRef = builder.objectRef<DecisionLetterFile>('DecisionLetter').implement({
  description: 'A letter of the case as a PDF: the decision letter ("beslutsbrev"), the communicated investigation or the home-visit invitation.',
  fields: (t) => ({
    fileName: t.exposeString('fileName'),
    contentBase64: t.exposeString('contentBase64', { description: 'The PDF, base64-encoded.' }),
    language: t.exposeString('language', { description: 'The language the letter is written in (ISO 639-1): sv or fi.' }),
  }),
});

const LetterRecipientInput = builder.inputType('LetterRecipientInput', {
  description: 'Whom a letter is posted to, as the portal knows it from identity (Person.fullName and Person.postalAddress): printed in the window envelope.',
  fields: (t) => ({
    name: t.string({ required: true, validate: text({ max: RECIPIENT_NAME_MAX_LENGTH }) }),
    addressLines: t.stringList({
      required: true,
      description: `The postal address, one line each (street, postal code and town), at most ${ADDRESS_LINES_MAX}.`,
      validate: text({ max: ADDRESS_LINE_MAX_LENGTH }).array().max(ADDRESS_LINES_MAX),
    }),
  }),
});

/** The arguments every letter takes: to whom, whether it is a copy, and which language. */
const letterArgs = builder.args((t) => ({
  recipientName: t.string({
    description: `Kept for older portals: the recipient's name alone, with no address. Use recipient. At most ${RECIPIENT_NAME_MAX_LENGTH} characters.`,
    validate: text({ max: RECIPIENT_NAME_MAX_LENGTH }).nullish(),
  }),
  recipient: t.field({ type: LetterRecipientInput, description: 'Whom the letter is posted to. Left out, the letter has no address.' }),
  concerning: t.string({
    description: `Given (not empty), the letter is a representative's copy: it says "Kopia till" the recipient and whose case it is, with the name the case has (Application.applicantName), never this text. At most ${RECIPIENT_NAME_MAX_LENGTH} characters.`,
    validate: text({ max: RECIPIENT_NAME_MAX_LENGTH }).nullish(),
  }),
  language: t.string({
    description: "sv or fi; left out, the application's language when letters are written in it, else Swedish.",
    validate: text({ max: LANGUAGE_MAX_LENGTH }).nullish(),
  }),
}));

type LetterArgs = {
  recipientName?: string | null;
  recipient?: { name: string; addressLines: string[] } | null;
  concerning?: string | null;
  language?: string | null;
};

function letterRequest(args: LetterArgs): LetterRequest {
  const recipient = args.recipient
    ? { name: args.recipient.name.trim(), addressLines: args.recipient.addressLines.map((line) => line.trim()).filter(Boolean) }
    : args.recipientName?.trim()
      ? { name: args.recipientName.trim(), addressLines: [] }
      : null;
  return { recipient, copy: Boolean(args.concerning?.trim()), language: args.language ?? null };
}

builder.objectField(ApplicationRef, 'decisionLetter', (t) =>
  t.field({
    type: DecisionLetterRef,
    nullable: true,
    description:
      'The decision letter, for the post: letterhead of the unit, the recipient in the window, the caseworker, and each requested service granted, partly granted or denied with scope, validity, legal basis (chapter and paragraph), who decided, motivation, the day of notification and the appeal deadline (computed), and how to appeal. In Finnish when that is the application\'s language (Finnish administrative area), else Swedish. Null until a decision is made. Ask for it only when the letter is opened: it is rendered each time.',
    args: letterArgs,
    resolve: (application, args, context) => decisionLetter(context.em, application, letterRequest(args)),
  }),
);

builder.objectField(ApplicationRef, 'investigationLetter', (t) =>
  t.field({
    type: DecisionLetterRef,
    nullable: true,
    description:
      'The communicated investigation as a PDF letter for the post ("kommunicering"): per requested service and life area, without the assessment or violence screening, with the response deadline. Swedish or Finnish as the decision letter. Null until communicated.',
    args: letterArgs,
    resolve: (application, args, context) => investigationLetter(context.em, application, letterRequest(args)),
  }),
);

builder.objectField(ApplicationRef, 'homeVisitLetter', (t) =>
  t.field({
    type: DecisionLetterRef,
    nullable: true,
    description:
      'The invitation to the home visit ("kallelse till hembesök") as a PDF letter for the post: day, time (Stockholm) and place, and an interpreter when one is needed. Swedish or Finnish as the decision letter. Null until a visit is booked.',
    args: letterArgs,
    resolve: (application, args, context) => homeVisitLetter(context.em, application, letterRequest(args)),
  }),
);
