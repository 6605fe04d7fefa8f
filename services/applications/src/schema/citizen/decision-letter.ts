import { text } from '@omsorg/platform';
import { decisionLetter, type DecisionLetterFile } from '../../letters/decision-letter.ts';
import { investigationLetter } from '../../letters/investigation-letter.ts';
import { ApplicationRef } from '../application.ts';
import { builder } from '../builder.ts';

const RECIPIENT_NAME_MAX_LENGTH = 200;

const DecisionLetterRef = builder.objectRef<DecisionLetterFile>('DecisionLetter').implement({
  description: 'The decision letter ("beslutsbrev") as a PDF.',
  fields: (t) => ({
    fileName: t.exposeString('fileName'),
    contentBase64: t.exposeString('contentBase64', { description: 'The PDF, base64-encoded.' }),
  }),
});

builder.objectField(ApplicationRef, 'decisionLetter', (t) =>
  t.field({
    type: DecisionLetterRef,
    nullable: true,
    description:
      'The decision letter, in Swedish: each requested service granted, partly granted or denied, with scope, validity, legal basis, motivation, the day of notification and the appeal deadline (computed), and how to appeal. Null until a decision is made. Ask for it only when the letter is opened: it is rendered each time.',
    args: {
      recipientName: t.arg.string({
        description: `The applicant's name for the letter's address line, as the portal knows it (from identity). Left out, the letter is addressed by the reference number only. At most ${RECIPIENT_NAME_MAX_LENGTH} characters.`,
        validate: text({ max: RECIPIENT_NAME_MAX_LENGTH }).nullish(),
      }),
    },
    resolve: (application, args, context) => decisionLetter(context.em, application, args.recipientName ? args.recipientName : null),
  }),
);

builder.objectField(ApplicationRef, 'investigationLetter', (t) =>
  t.field({
    type: DecisionLetterRef,
    nullable: true,
    description:
      'The communicated investigation as a PDF letter for the post ("kommunicering"): per requested service and life area, without the assessment or violence screening, with the response deadline. Null until communicated.',
    resolve: (application, _args, context) => investigationLetter(context.em, application),
  }),
);
