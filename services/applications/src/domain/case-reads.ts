/*
 * Which staff reads count as opening a case, decided in one place. Every staff path that returns
 * case content (answers, needs, timeline, investigation, decisions, letters, appeals, orders,
 * follow-ups) logs each case it returns, once per request, under the source it came through;
 * the citizen's "Vem har öppnat mitt ärende" (Application.openedBy) counts every source.
 */
export const CASE_READ_SOURCES = [
  /** The case view: application(id). */
  'Application',
  /** The investigation of a case. */
  'Investigation',
  /** The inbox list. */
  'Inbox',
  /** The manager's decision queue ("Beslut att fatta"). */
  'DecisionQueue',
  /** The weekly case-review agenda. */
  'CaseReview',
  /** The follow-ups falling due. */
  'FollowUps',
  /** The quarterly report to IVO of decisions not carried out. */
  'NotStartedReport',
  /** A person's applications, e.g. from the callback list or the person page. */
  'PersonApplications',
  /** A change to the case, whose result shows it. */
  'CaseChange',
  /** A file attached to the case, downloaded. */
  'Attachment',
  /** The callback list: who asked to be called, their phone and message (logged under the case when it has one). */
  'Callback',
] as const;

export type CaseReadSource = (typeof CASE_READ_SOURCES)[number];

/**
 * The GraphQL types that carry case content. A staff path reaching any of them must log; the
 * schema walk in case-reads.integration.test.ts checks every path from Query and Mutation.
 */
export const CASE_CONTENT_TYPES = [
  'Application',
  'RequestedService',
  'ApplicationAnswers',
  'TimelineEvent',
  'Investigation',
  'Decision',
  'Appeal',
  'ServiceOrder',
  'FollowUp',
  'CaseReviewItem',
  'CommunicatedInvestigation',
  'DecisionLetter',
  'ViolenceScreening',
  'Attachment',
] as const;
