import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentDisposition, type HttpRoute, type RequestContext, sendJsonError } from '@omsorg/platform';
import { mayReadFeedbackStatistics } from '../domain/statistics-access.ts';
import { statisticsFileName, statisticsXlsx } from './export.ts';
import { statisticsOfYear } from './statistics-sql.ts';

/*
 * GET /feedback-statistics/<year>.xlsx[?unit=<unit>]: the statistics of a year as an XLSX workbook
 * in the shape of the annual report's table (export.ts), for the quality council and managers.
 * The gateway routes /feedback-statistics here as it routes /letter-batches (session gate,
 * internal token). Counts only: nothing to access-log.
 */

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';



async function download(req: IncomingMessage, res: ServerResponse, context: RequestContext, year: number, unit: string | null): Promise<void> {
  const content = await statisticsXlsx(await statisticsOfYear(context.em, year, unit));
  context.log.info({ year }, 'feedback statistics exported');
  res.writeHead(200, {
    'content-type': XLSX,
    'content-length': String(content.length),
    'content-disposition': contentDisposition(statisticsFileName({ year, unit }, 'xlsx'), 'synpunkter.xlsx'),
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : content);
}

export const feedbackStatisticsRoute: HttpRoute = {
  prefix: '/feedback-statistics',
  async handle(req, res, context) {
    if (context.actor.kind === 'anonymous') return sendJsonError(res, 401, 'UNAUTHENTICATED', context.t('error.feedbackStatistics.signIn'));
    if (!mayReadFeedbackStatistics(context.actor)) return sendJsonError(res, 403, 'FORBIDDEN', context.t('error.feedbackStatistics.forbidden'));
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJsonError(res, 405, 'METHOD_NOT_ALLOWED', context.t('error.feedbackStatistics.notFound'));
    const url = new URL(req.url ?? '/', 'http://feedback.internal');
    const year = Number(/^\/feedback-statistics\/(\d{4})\.xlsx$/.exec(url.pathname)?.[1]);
    const unit = url.searchParams.get('unit');
    if (!Number.isInteger(year) || year < 2000 || year > 2100 || (unit != null && (unit.length === 0 || unit.length > 200))) {
      return sendJsonError(res, 404, 'NOT_FOUND', context.t('error.feedbackStatistics.notFound'));
    }
    return download(req, res, context, year, unit);
  },
};
