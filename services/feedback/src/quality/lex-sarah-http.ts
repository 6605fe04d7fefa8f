import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderDocumentPdf } from '@omsorg/letters';
import { type HttpRoute, isUuid, type RequestContext, sendJsonError } from '@omsorg/platform';
import { doesQualityWork, mayWorkOnUnitQuality } from '../domain/quality-access.ts';
import { Feedback } from '../entities/feedback.ts';
import { LexSarahReport } from '../entities/lex-sarah-report.ts';
import { lexSarahDocument } from './lex-sarah-document.ts';
import { todayInStockholm } from './shared.ts';

/*
 * GET /lex-sarah-reports/<id>/pdf: the report document, made when asked (it changes with the
 * investigation and the decision), for the quality council and managers of the report's unit.
 * The gateway routes /lex-sarah-reports here as it routes /letter-batches (session gate,
 * internal token, GET only). 401 signed out, 403 anyone else, 404 another unit's or none.
 */


async function download(req: IncomingMessage, res: ServerResponse, context: RequestContext, id: string): Promise<void> {
  const report = isUuid(id) ? await context.em.findOne(LexSarahReport, { id }) : null;
  if (!report || !mayWorkOnUnitQuality(context.actor, report.unit)) return sendJsonError(res, 404, 'NOT_FOUND', context.t('quality.pdf.notFound'));
  const feedbackReference = report.feedback ? ((await context.em.findOne(Feedback, { id: report.feedback.id }, { fields: ['referenceNumber'] }))?.referenceNumber ?? null) : null;
  const content = await renderDocumentPdf(lexSarahDocument({ report, feedbackReference, today: todayInStockholm() }));
  context.log.info({ lexSarahReportId: report.id }, 'lex Sarah report downloaded');
  res.writeHead(200, {
    'content-type': 'application/pdf',
    'content-length': String(content.length),
    'content-disposition': `attachment; filename="lex-sarah-${report.referenceNumber}.pdf"`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
    'content-security-policy': "default-src 'none'; sandbox",
  });
  res.end(req.method === 'HEAD' ? undefined : content);
}

export const lexSarahReportRoute: HttpRoute = {
  prefix: '/lex-sarah-reports',
  async handle(req, res, context) {
    if (context.actor.kind === 'anonymous') return sendJsonError(res, 401, 'UNAUTHENTICATED', context.t('quality.pdf.signIn'));
    if (!doesQualityWork(context.actor)) return sendJsonError(res, 403, 'FORBIDDEN', context.t('quality.pdf.forbidden'));
    const path = (req.url ?? '/').split('?')[0] ?? '';
    const id = /^\/lex-sarah-reports\/([^/]+)\/pdf$/.exec(path)?.[1];
    if ((req.method === 'GET' || req.method === 'HEAD') && id) return download(req, res, context, id);
    sendJsonError(res, 405, 'METHOD_NOT_ALLOWED', context.t('quality.pdf.notFound'));
  },
};
