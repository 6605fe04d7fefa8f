export { asksForHours, decisionIssues, isHomeCare, MAX_HOURS_PER_MONTH, MOTIVATION_MAX_LENGTH, type DecisionDraft } from './decision.ts';
export { isIsoWeek, isoWeek, isQuarter, MAX_STATISTICS_PERIOD_DAYS, quarter, statisticsPeriod, statisticsPeriodIssues } from './periods.ts';
export {
  CALLBACK_NOTE_MAX_LENGTH,
  callbackNote,
  CASE_REVIEW_TEXT_MAX_LENGTH,
  caseReviewText,
  COURT_NOTE_MAX_LENGTH,
  FOLLOW_UP_NOTE_MAX_LENGTH,
  HOME_VISIT_PLACE_MAX_LENGTH,
  INVESTIGATION_TEXT_MAX_LENGTH,
  ORDER_GOALS_MAX_LENGTH,
  REGISTERED_APPEAL_TEXT_MAX_LENGTH,
} from './casework-texts.ts';
export {
  APPEAL_TEXT_MAX_LENGTH,
  CALLBACK_MESSAGE_MAX_LENGTH,
  CONTACT_WHOM,
  contactIssues,
  HELP_FROM_RELATIVES_MAX_LENGTH,
  INVESTIGATION_RESPONSE_MAX_LENGTH,
  NEEDS_MAX_LENGTH,
  SHORT_ANSWER_MAX_LENGTH,
  type ContactAnswers,
} from './citizen.ts';
export {
  COMMUNICATION_EXCEPTION_NOTE_MAX_LENGTH,
  COMMUNICATION_EXCEPTIONS,
  isAdverseOutcome,
  type CommunicationException,
} from './communication.ts';
export { isClockTime, isRegistrationChannel, isUrgentChannel, receivedAtIssues, REGISTRATION_CHANNELS, stockholmClock, type ReceivedAt, type ReceivedAtIssue, type RegistrationChannel } from './intake.ts';
