import { enforceRateLimit, execute, NotFoundFailure, rateLimitSubject, type RequestContext, ValidationFailure } from '@omsorg/platform';
import { generateLinkToken, hashLinkToken, isLinkTokenShaped, linkExpiry, linkPepper, linkRefusal, providerAnswerLink, type LinkRefusal } from '../domain/link-token.ts';
import { FeedbackForward } from '../entities/feedback-forward.ts';
import { Feedback } from '../entities/feedback.ts';
import { providerAnswersLimit, providerLinkOpensLimit } from './rate-limits.ts';
import { bumpVersion, itemToHandle, recordEvent, staffIdOf } from './handling.ts';
import { enqueueFeedbackMail } from './mail-queue.ts';
import { forwardMail } from './mails.ts';

/** At most this many forwards of one item (a panel lists them all). */
export const MAX_FORWARDS_PER_ITEM = 20;

export type ForwardInput = { feedbackId: string; version: number; providerId: string | null; recipientName: string; recipientEmail: string | null; question: string };

/**
 * Forwards an item to a provider or organisation: the forward row, a FORWARDED event, and, with an
 * e-mail address, a queued mail with the link (whose token is only in the mail). One transaction.
 */
export async function forwardFeedback(context: RequestContext, input: ForwardInput): Promise<void> {
  const staffId = staffIdOf(context);
  await context.em.transactional(async (em) => {
    const feedback = await itemToHandle(context, em, input.feedbackId);
    if ((await em.count(FeedbackForward, { feedback: feedback.id })) >= MAX_FORWARDS_PER_ITEM) throw new ValidationFailure(context.t('feedback.replies.tooManyForwards', { max: MAX_FORWARDS_PER_ITEM }), []);
    await bumpVersion(context, em, feedback, input.version);
    const sentAt = new Date();
    const token = input.recipientEmail ? generateLinkToken() : null;
    const forward = em.create(FeedbackForward, {
      feedback,
      providerId: input.providerId,
      recipientName: input.recipientName,
      recipientEmail: input.recipientEmail,
      question: input.question,
      staffId,
      sentAt,
      linkTokenHash: token ? hashLinkToken(token, linkPepper()) : null,
      linkExpiresAt: token ? linkExpiry(sentAt) : null,
    });
    recordEvent(em, feedback, 'FORWARDED', { staffId, note: input.question, data: { forwardId: forward.id, recipientName: input.recipientName, providerId: input.providerId, byMail: Boolean(token) } });
    await em.flush();
    if (token && input.recipientEmail) {
      const mail = forwardMail({ to: input.recipientEmail, recipientName: input.recipientName, referenceNumber: feedback.referenceNumber, unit: feedback.unit, link: providerAnswerLink(token), expiresAt: forward.linkExpiresAt! });
      await enqueueFeedbackMail(em, mail, { purpose: 'forward', feedbackId: feedback.id, event: `forward:${forward.id}` });
    }
    context.log.info({ feedbackId: feedback.id, forwardId: forward.id }, 'feedback forwarded');
  });
}

/** Staff record an answer that came by phone or letter (once per forward; a link answer is kept). */
export async function recordProviderAnswer(context: RequestContext, input: { feedbackId: string; version: number; forwardId: string; answer: string }): Promise<void> {
  const staffId = staffIdOf(context);
  await context.em.transactional(async (em) => {
    const feedback = await itemToHandle(context, em, input.feedbackId);
    const forward = await em.findOne(FeedbackForward, { id: input.forwardId, feedback: feedback.id });
    if (!forward) throw new NotFoundFailure(context.t('feedback.replies.forwardNotFound'));
    if (forward.answeredAt) throw new ValidationFailure(context.t('feedback.replies.alreadyAnswered'), []);
    await bumpVersion(context, em, feedback, input.version);
    forward.answer = input.answer;
    forward.answeredAt = new Date();
    forward.answeredVia = 'STAFF';
    forward.answerRecordedById = staffId;
    recordEvent(em, feedback, 'PROVIDER_ANSWERED', { staffId, note: input.answer, data: { forwardId: forward.id, via: 'STAFF' } });
    await em.flush();
  });
}

/** The message for a link that opens nothing. */
function refused(context: RequestContext, refusal: LinkRefusal): NotFoundFailure {
  const key = { UNKNOWN: 'feedback.providerLink.unknown', EXPIRED: 'feedback.providerLink.expired', ANSWERED: 'feedback.providerLink.answered' }[refusal];
  return new NotFoundFailure(context.t(key));
}

async function forwardOfToken(context: RequestContext, token: string): Promise<{ forward: FeedbackForward | null; refusal: LinkRefusal | null }> {
  if (!isLinkTokenShaped(token)) return { forward: null, refusal: 'UNKNOWN' };
  const forward = await context.em.findOne(FeedbackForward, { linkTokenHash: hashLinkToken(token, linkPepper()) }, { populate: ['feedback'] });
  if (forward && (forward.feedback as unknown as Feedback).personalDataRemovedAt) return { forward: null, refusal: 'UNKNOWN' };
  return { forward, refusal: linkRefusal(forward, new Date()) };
}

/**
 * The forward a provider's link opens, with its item: the one check of a token (domain: a link
 * opens only its own forward). Rate-limited per client; NotFoundFailure with the reason (unknown,
 * expired, already answered) otherwise.
 */
export async function openProviderForward(context: RequestContext, token: string): Promise<FeedbackForward> {
  const subject = rateLimitSubject(context);
  if (subject) await enforceRateLimit(context, providerLinkOpensLimit(), subject, 'feedback.providerLink.tooManyAttempts');
  const { forward, refusal } = await forwardOfToken(context, token);
  if (refusal || !forward) throw refused(context, refusal ?? 'UNKNOWN');
  return forward;
}

/** The provider's answer through its link: once. PROVIDER_ANSWERED, without a staff member. */
export async function answerProviderForward(context: RequestContext, token: string, answer: string): Promise<FeedbackForward> {
  const subject = rateLimitSubject(context);
  if (subject) await enforceRateLimit(context, providerAnswersLimit(), subject, 'feedback.providerLink.tooManyAttempts');
  return context.em.transactional(async (em) => {
    if (!isLinkTokenShaped(token)) throw refused(context, 'UNKNOWN');
    const answeredAt = new Date();
    // One statement decides "once": a second answer, even at the same moment, updates nothing.
    const updated = await em.nativeUpdate(
      FeedbackForward,
      { linkTokenHash: hashLinkToken(token, linkPepper()), answeredAt: null, linkExpiresAt: { $gt: answeredAt } },
      { answer, answeredAt, answeredVia: 'LINK' },
    );
    const forward = await em.findOne(FeedbackForward, { linkTokenHash: hashLinkToken(token, linkPepper()) }, { populate: ['feedback'], refresh: true });
    if (updated !== 1 || !forward) throw refused(context, linkRefusal(forward, answeredAt) ?? 'ANSWERED');
    const feedback = forward.feedback as unknown as Feedback;
    recordEvent(em, feedback, 'PROVIDER_ANSWERED', { staffId: null, note: answer, data: { forwardId: forward.id, via: 'LINK' } });
    // The item moved on: a page showing the old version must load it again before handling it.
    await execute(em, 'update "feedback"."feedback" set "version" = "version" + 1 where "id" = ?', [feedback.id], 'run');
    await em.flush();
    context.log.info({ feedbackId: feedback.id, forwardId: forward.id }, 'provider answered');
    return forward;
  });
}
