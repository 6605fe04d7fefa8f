import { OUTREACH_READS } from '../domain/outreach-reads.ts';
import { dayInStockholm } from '@omsorg/letters';
import { type HttpRoute, logAccess, sendJsonError } from '@omsorg/platform';
import { letterUnitOf } from '../domain/access.ts';
import { combineLetters, lettersToPrint } from './print.ts';

/*
 * GET /outreach-letters/print?upTo=<ISO instant>: the unit's unprinted letters made at or before
 * upTo (the newest one the page shows), oldest first, as ONE PDF to print. It changes nothing:
 * the page then marks the same letters printed (markOutreachLettersPrinted with the same upTo).
 * The gateway forwards /outreach-letters here with the session's internal token, as it does
 * /attachments; the rule is domain/access.ts's (outreach staff of the unit). Names are logged as
 * reads before a byte is sent; nothing about the letters is written to the log.
 */

export const LETTERS_ROUTE_PREFIX = '/outreach-letters';


export const lettersToPostRoute: HttpRoute = {
  prefix: LETTERS_ROUTE_PREFIX,
  maxBodyBytes: () => 0,
  async handle(req, res, context) {
    if (context.actor.kind === 'anonymous') return sendJsonError(res, 401, 'UNAUTHENTICATED', context.t('error.unauthenticated'));
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== `${LETTERS_ROUTE_PREFIX}/print` || (req.method !== 'GET' && req.method !== 'HEAD')) return sendJsonError(res, 404, 'NOT_FOUND', context.t('error.notFound'));
    const unit = letterUnitOf(context.actor);
    if (!unit) return sendJsonError(res, 403, 'FORBIDDEN', context.t('error.forbidden'));
    const upTo = new Date(url.searchParams.get('upTo') ?? '');
    if (Number.isNaN(upTo.getTime())) return sendJsonError(res, 400, 'BAD_REQUEST', context.t('validation.summary'));
    const letters = await lettersToPrint(context.em, unit, upTo);
    if (!letters.length) return sendJsonError(res, 404, 'NOT_FOUND', context.t('error.notFound'));
    await logAccess(context, letters.map((letter) => ({ personId: letter.personId, resource: OUTREACH_READS.LETTER, resourceId: letter.id })));
    const pdf = await combineLetters(context.em, letters);
    res
      .writeHead(200, {
        'content-type': 'application/pdf',
        'content-length': String(pdf.length),
        'content-disposition': `attachment; filename="brev-att-skicka-${dayInStockholm(new Date())}.pdf"`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
        'content-security-policy': "default-src 'none'; sandbox",
      })
      .end(req.method === 'HEAD' ? undefined : pdf);
  },
};
