import { parsePersonalIdentityNumber } from '@omsorg/rules';
import type { RegisterFeedbackValues, registerFeedbackInput } from '@omsorg/rules/feedback';
import type { z } from 'zod';
import { SenderGender, type AnswerChannel, type FeedbackChannel, type FeedbackSubject, type FeedbackTarget, type FeedbackType, type RegisterFeedbackInput } from '../../generated/graphql.ts';

/** An empty registration, received today, about the unit, the sender's wishes not known. */
export function registerInitialValues(today: string): RegisterFeedbackValues {
  return {
    channel: '',
    receivedOn: today,
    type: '' as never,
    subject: '' as never,
    target: 'UNIT',
    targetName: '',
    text: '',
    anonymous: false,
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    contactAddress: '',
    senderGender: 'UNKNOWN',
    answerBy: 'NONE',
    personId: '',
  };
}

/** The sender's gender as the statistics count it, from the legal gender in a personnummer (UNKNOWN when it is not one). */
export function senderGenderOf(personalIdentityNumber: string): SenderGender {
  const parsed = parsePersonalIdentityNumber(personalIdentityNumber);
  if (!parsed.ok) return SenderGender.Unknown;
  return parsed.value.legalGender === 'FEMALE' ? SenderGender.Woman : SenderGender.Man;
}

/** The checked form as the mutation takes it: blanks left out; an anonymous sender without contact details or a person. */
export function toRegisterFeedbackInput(values: z.output<ReturnType<typeof registerFeedbackInput>>): RegisterFeedbackInput {
  const given = (value: string) => (values.anonymous || value === '' ? null : value);
  return {
    channel: values.channel as FeedbackChannel,
    receivedOn: values.receivedOn,
    type: values.type as FeedbackType,
    subject: values.subject as FeedbackSubject,
    target: values.target as FeedbackTarget,
    targetName: values.targetName || null,
    text: values.text,
    anonymous: values.anonymous,
    contactName: given(values.contactName),
    contactEmail: given(values.contactEmail),
    contactPhone: given(values.contactPhone),
    contactAddress: given(values.contactAddress),
    senderGender: (values.anonymous ? 'UNKNOWN' : values.senderGender) as SenderGender,
    answerBy: (values.anonymous ? 'NONE' : values.answerBy) as AnswerChannel,
    personId: given(values.personId ?? ''),
  };
}
