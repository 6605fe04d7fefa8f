import { type HttpRoute, isUuid, sendJsonError } from '@omsorg/platform';
import { mayHandleFeedback } from '../domain/access.ts';
import { FeedbackAnswer } from '../entities/feedback-answer.ts';
import type { Feedback } from '../entities/feedback.ts';
import { logFeedbackReads } from '../queries/feedback-reads.ts';
import { renderAnswerLetter } from './answer-letter.ts';

/*
 * GET /feedback-letters/<answerId>.pdf: an answer sent by letter, as the PDF to print and post.
 * The gateway forwards /feedback-letters here with the session's internal token (as it does
 * /outreach-letters); those who may handle the item may download it (domain/access.ts).
 * A signed sender's letter is logged as a read of the item. Nothing about it is written to the log.
 */

export const FEEDBACK_LETTERS_PREFIX = '/feedback-letters';

/** Where the answer letter is downloaded. */
export function answerLetterPath(answerId: string): string {
  return `${FEEDBACK_LETTERS_PREFIX}/${answerId}.pdf`;
}


export const feedbackLettersRoute: HttpRoute = {
  prefix: FEEDBACK_LETTERS_PREFIX,
  maxBodyBytes: () => 0,
  async handle(req, res, context) {
    if (context.actor.kind === 'anonymous') return sendJsonError(res, 401, 'UNAUTHENTICATED', context.t('error.unauthenticated'));
    const url = new URL(req.url ?? '/', 'http://localhost');
    const id = new RegExp(`^${FEEDBACK_LETTERS_PREFIX}/([^/]+)\\.pdf$`).exec(url.pathname)?.[1];
    if (!id || !isUuid(id) || (req.method !== 'GET' && req.method !== 'HEAD')) return sendJsonError(res, 404, 'NOT_FOUND', context.t('error.notFound'));
    const answer = await context.em.findOne(FeedbackAnswer, { id, sentBy: 'LETTER' }, { populate: ['feedback'] });
    const feedback = answer?.feedback as unknown as Feedback | undefined;
    // Not there and not yours look the same; a letter whose text retention removed is gone.
    if (!answer || !feedback || !mayHandleFeedback(context.actor, feedback) || feedback.personalDataRemovedAt) return sendJsonError(res, 404, 'NOT_FOUND', context.t('error.notFound'));
    await logFeedbackReads(context, [feedback]);
    const pdf = await renderAnswerLetter({
      referenceNumber: feedback.referenceNumber,
      unit: feedback.unit,
      contactName: feedback.contactName,
      contactAddress: feedback.contactAddress,
      text: answer.text,
      sentAt: answer.sentAt,
    });
    res
      .writeHead(200, {
        'content-type': 'application/pdf',
        'content-length': String(pdf.length),
        'content-disposition': `attachment; filename="svar-${feedback.referenceNumber}.pdf"`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
        'content-security-policy': "default-src 'none'; sandbox",
      })
      .end(req.method === 'HEAD' ? undefined : pdf);
  },
};
