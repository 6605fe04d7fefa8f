import { logAccess, type RequestContext } from '@omsorg/platform';
import { isLoggedFeedbackRead } from '../domain/access.ts';
import type { Feedback } from '../entities/feedback.ts';

/** The resource name of a feedback read in the access log. */
export const FEEDBACK_READ = 'Feedback';

/** Feedback sent in this request: its sender sees the receipt, nobody else gains from it. */
const sentByRequest = new WeakMap<RequestContext, Set<string>>();

export function markSentInThisRequest(context: RequestContext, feedbackId: string): void {
  let sent = sentByRequest.get(context);
  if (!sent) sentByRequest.set(context, (sent = new Set()));
  sent.add(feedbackId);
}

export function wasSentInThisRequest(context: RequestContext, feedbackId: string): boolean {
  return sentByRequest.get(context)?.has(feedbackId) ?? false;
}

/** Logs staff reads of feedback from signed-in citizens, where the citizen sees them. */
export async function logFeedbackReads(context: RequestContext, feedback: readonly Feedback[]): Promise<void> {
  const reads = feedback.filter((item) => isLoggedFeedbackRead(context.actor, item)).map((item) => ({ personId: item.personId!, resource: FEEDBACK_READ, resourceId: item.id }));
  await logAccess(context, reads);
}
