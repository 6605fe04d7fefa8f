export { asksForHours, decisionIssues, isHomeCare, MAX_HOURS_PER_MONTH, MOTIVATION_MAX_LENGTH, type DecisionDraft } from './decision.ts';
