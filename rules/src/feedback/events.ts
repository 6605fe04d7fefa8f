import { z } from 'zod';

/**
 * The events other services send to feedback through the job queue (ARCHITECTURE.md, "Data"):
 * the queue names and the shape of their data, written once for the sender and the receiver.
 */

/**
 * Applications → feedback: a deviation ("avvikelse") applications found, today only "the
 * implementation plan is missing" more than 14 days after an order. `sourceKey` makes the
 * delivery idempotent (the same deviation sent twice is registered once).
 */
export const DEVIATION_RAISED_QUEUE = 'feedback.deviation-raised';

export const DEVIATION_KINDS = ['IMPLEMENTATION_PLAN_MISSING'] as const;
export type DeviationKind = (typeof DEVIATION_KINDS)[number];

export const deviationRaisedData = z.object({
  sourceKey: z.string().min(1).max(200),
  kind: z.enum(DEVIATION_KINDS),
  /** The owning unit (the caseworkers' unit), as staff units are named. */
  unit: z.string().min(1).max(200),
  target: z.enum(['UNIT', 'HOME_CARE_PROVIDER', 'NURSING_HOME', 'TRANSPORT', 'REGION']),
  providerName: z.string().max(200).nullable(),
  /** The case it concerns (applications' Application id), read under the case's access rules. */
  applicationId: z.uuid().nullable(),
  raisedOn: z.iso.date(),
});
export type DeviationRaised = z.infer<typeof deviationRaisedData>;

/**
 * Applications → feedback: whether a person has current care services, as of `version`: the same
 * data as `outreach.care-status-changed`, sent at the same moments. Only people with services are
 * offered the user survey.
 */
export const FEEDBACK_CARE_STATUS_CHANGED_QUEUE = 'feedback.care-status-changed';
export { careStatusChangedData as feedbackCareStatusChangedData, type CareStatusChanged as FeedbackCareStatusChanged } from '../outreach/events.ts';
