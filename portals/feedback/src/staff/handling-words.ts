import type { ChoiceOption } from '@omsorg/ui';
import { useI18n } from 'vue-i18n';
import { AnswerChannel, FeedbackChannel, FeedbackSource, FeedbackStatus, FeedbackSubject, FeedbackTarget, FeedbackType, SenderGender } from '../generated/graphql.ts';

/** The categories' words and choice lists, for the staff's handling pages (locales/handling). */
export function useHandlingWords() {
  const { t } = useI18n();
  const options = (values: readonly string[], key: string): ChoiceOption[] => values.map((value) => ({ value, label: t(`${key}.${value}`) }));
  return {
    types: options(Object.values(FeedbackType), 'feedback.type'),
    subjects: options(Object.values(FeedbackSubject), 'feedback.subject'),
    sources: options(Object.values(FeedbackSource), 'feedback.handling.source'),
    targets: options(Object.values(FeedbackTarget), 'feedback.handling.target'),
    statuses: options(Object.values(FeedbackStatus), 'feedback.handling.status'),
    channels: options(Object.values(FeedbackChannel), 'feedback.handling.channel'),
    registeredChannels: options(
      Object.values(FeedbackChannel).filter((channel) => channel !== FeedbackChannel.Web),
      'feedback.handling.channel',
    ),
    genders: options(Object.values(SenderGender), 'feedback.handling.gender'),
    answerChannels: options(Object.values(AnswerChannel), 'feedback.handling.answerBy'),
  };
}
