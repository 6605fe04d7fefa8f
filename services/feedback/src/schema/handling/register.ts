import { accessDenied, text } from '@omsorg/platform';
import { clockInStockholm, instantInStockholm } from '@omsorg/rules';
import { FEEDBACK_ADDRESS_MAX_LENGTH, FEEDBACK_CONTACT_MAX_LENGTH, FEEDBACK_TEXT_MAX_LENGTH, hasSensitiveDetails, registerFeedbackInput } from '@omsorg/rules/feedback';
import { mayRegisterFeedback } from '../../domain/access.ts';
import { formatReferenceNumber, yearInStockholm } from '../../domain/reference-number.ts';
import { FeedbackEvent } from '../../entities/feedback-event.ts';
import { Feedback } from '../../entities/feedback.ts';
import { checkInput } from '../../handling/check-input.ts';
import { nextReferenceSerial } from '../../queries/reference-serial.ts';
import { builder } from '../builder.ts';
import { AnswerChannelEnum, FeedbackChannelEnum, FeedbackRef, FeedbackSubjectEnum, FeedbackTargetEnum, FeedbackTypeEnum, SenderGenderEnum } from '../feedback.ts';

const line = (max: number) => text({ max });

const RegisterFeedbackInput = builder.inputType('RegisterFeedbackInput', {
  description: 'Feedback that came by postcard, phone, letter or in person, as staff write it down ("registrera synpunkt").',
  fields: (t) => ({
    channel: t.field({ type: FeedbackChannelEnum, required: true, description: 'PHONE, LETTER, POSTCARD or IN_PERSON (WEB is the form\'s own).' }),
    receivedOn: t.string({ required: true, validate: line(20), description: 'The Stockholm day it arrived, YYYY-MM-DD; not later than today.' }),
    type: t.field({ type: FeedbackTypeEnum, required: true }),
    subject: t.field({ type: FeedbackSubjectEnum, required: true }),
    target: t.field({ type: FeedbackTargetEnum, required: true }),
    targetName: t.string({ validate: line(200), description: 'The provider, nursing home or organisation it names, at most 200 characters.' }),
    text: t.string({ required: true, validate: text({ max: FEEDBACK_TEXT_MAX_LENGTH + 1000, multiline: true }), description: `What the sender said or wrote, 1 to ${FEEDBACK_TEXT_MAX_LENGTH} characters.` }),
    anonymous: t.boolean({ required: true }),
    contactName: t.string({ validate: line(FEEDBACK_CONTACT_MAX_LENGTH) }),
    contactEmail: t.string({ validate: line(FEEDBACK_CONTACT_MAX_LENGTH) }),
    contactPhone: t.string({ validate: line(FEEDBACK_CONTACT_MAX_LENGTH) }),
    contactAddress: t.string({ validate: text({ max: FEEDBACK_ADDRESS_MAX_LENGTH, multiline: true }), description: 'Postal address for an answer by letter.' }),
    senderGender: t.field({ type: SenderGenderEnum, description: 'When known; UNKNOWN by default.' }),
    answerBy: t.field({ type: AnswerChannelEnum, description: 'How the sender wants to be answered; NONE by default.' }),
    personId: t.id({
      validate: line(40),
      description:
        'The known person who sent it, found by personnummer (identity\'s personByPersonalIdentityNumber): the item is theirs, so they follow it signed in under "Mina synpunkter", and staff reads of it are logged for them. Not with anonymous (a ValidationError).',
    }),
  }),
});

/** The received instant: now for today, else midday of that Stockholm day (the hour is not known). */
function receivedAtOf(day: string, now: Date): Date {
  return day === clockInStockholm(now).day ? now : instantInStockholm(day, '12:00');
}

builder.mutationField('registerFeedback', (t) =>
  t.field({
    type: FeedbackRef,
    description:
      'Registers feedback that came by postcard, phone, letter or in person ("registrera synpunkt"), with a new reference number, for the registering staff member\'s unit. The quality council and managers. Errors: ValidationError.',
    errors: {},
    args: { input: t.arg({ type: RegisterFeedbackInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = context.actor;
      if (actor.kind !== 'staff' || !mayRegisterFeedback(actor)) throw accessDenied(context);
      const now = new Date();
      const values = checkInput(context, registerFeedbackInput(clockInStockholm(now).day), {
        ...input,
        targetName: input.targetName ?? '',
        contactName: input.contactName ?? '',
        contactEmail: input.contactEmail ?? '',
        contactPhone: input.contactPhone ?? '',
        contactAddress: input.contactAddress ?? '',
        senderGender: input.senderGender ?? 'UNKNOWN',
        answerBy: input.answerBy ?? 'NONE',
        personId: input.personId ?? '',
      });
      const orNull = (value: string) => (values.anonymous || value === '' ? null : value);
      const receivedAt = receivedAtOf(values.receivedOn, now);
      const serial = await nextReferenceSerial(context.em);
      const feedback = context.em.create(Feedback, {
        referenceNumber: formatReferenceNumber(yearInStockholm(receivedAt), serial),
        type: values.type,
        subject: values.subject,
        target: values.target,
        targetName: values.targetName || null,
        text: values.text,
        textHasSensitiveDetails: hasSensitiveDetails(values.text),
        anonymous: values.anonymous,
        personId: values.personId || null,
        contactName: orNull(values.contactName),
        contactEmail: orNull(values.contactEmail),
        contactPhone: orNull(values.contactPhone),
        contactAddress: orNull(values.contactAddress),
        answerBy: values.anonymous ? 'NONE' : values.answerBy,
        senderGender: values.senderGender,
        channel: values.channel as Feedback['channel'],
        unit: actor.unit,
        registeredById: actor.staffId,
        receivedAt,
      });
      context.em.create(FeedbackEvent, { feedback, kind: 'REGISTERED', staffId: actor.staffId, data: { channel: feedback.channel } });
      await context.em.flush();
      context.log.info({ feedbackId: feedback.id, channel: feedback.channel, linkedToPerson: feedback.personId != null }, 'feedback registered');
      return feedback;
    },
  }),
);
