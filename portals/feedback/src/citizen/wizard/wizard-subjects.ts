import { FeedbackSubject } from '../../generated/graphql.ts';

/**
 * The subjects as the wizard offers them, in plain words, the commonest first and "Vet inte"
 * (OTHER) last: a person who does not know the category picks that and staff classify it.
 */
export const wizardSubjects = [
  FeedbackSubject.MissedOrDelayedService,
  FeedbackSubject.Treatment,
  FeedbackSubject.Staffing,
  FeedbackSubject.Competence,
  FeedbackSubject.Routines,
  FeedbackSubject.Decision,
  FeedbackSubject.Information,
  FeedbackSubject.PhysicalEnvironment,
  FeedbackSubject.Accessibility,
  FeedbackSubject.Technology,
  FeedbackSubject.PersonalData,
  FeedbackSubject.QuestionIdea,
  FeedbackSubject.Other,
];
