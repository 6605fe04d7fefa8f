import { FeedbackSubject, FeedbackType } from './generated/graphql.ts';

export { FEEDBACK_TEXT_MAX_LENGTH } from '@omsorg/rules/feedback';

/** The enum's values in the order given, then any the order does not name yet (a new one still shows). */
function inOrder<T extends string>(values: Record<string, T>, order: readonly T[]): T[] {
  return [...order, ...Object.values(values).filter((value) => !order.includes(value))];
}

/** A complaint first: it is what most people come to leave. */
export const feedbackTypes = inOrder(FeedbackType, [FeedbackType.Complaint, FeedbackType.Suggestion, FeedbackType.Praise, FeedbackType.Question]);

/** In the order of their Swedish names, as a person scans the list. */
export const feedbackSubjects = inOrder(FeedbackSubject, [
  FeedbackSubject.Other,
  FeedbackSubject.Staffing,
  FeedbackSubject.Treatment,
  FeedbackSubject.Decision,
  FeedbackSubject.Information,
  FeedbackSubject.Routines,
  FeedbackSubject.QuestionIdea,
  FeedbackSubject.PhysicalEnvironment,
  FeedbackSubject.PersonalData,
  FeedbackSubject.Competence,
  FeedbackSubject.Technology,
  FeedbackSubject.Accessibility,
  FeedbackSubject.MissedOrDelayedService,
]);
