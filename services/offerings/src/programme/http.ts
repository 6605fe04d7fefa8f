import { contentDisposition, type HttpRoute, isUuid, sendJsonError } from '@omsorg/platform';
import { mayMakeProgramme } from '../domain/access.ts';
import { ProgrammeRun } from '../entities/programme-run.ts';
import { programmeFileName } from './contact.ts';

/*
 * GET /offerings-programmes/<runId>.pdf: a finished programme's PDF, for staff with the activities
 * role (mayMakeProgramme). The gateway forwards /offerings-programmes here with the session's
 * internal token (services/gateway/src/file-routes.ts). 401 signed out, 403 without the role, 404
 * for a run that does not exist or is not DONE. No personal data in it, so nothing is access-logged.
 */

export const PROGRAMMES_PREFIX = '/offerings-programmes';

export function programmePath(runId: string): string {
  return `${PROGRAMMES_PREFIX}/${runId}.pdf`;
}

export const programmesRoute: HttpRoute = {
  prefix: PROGRAMMES_PREFIX,
  maxBodyBytes: () => 0,
  async handle(req, res, context) {
    if (context.actor.kind === 'anonymous') return sendJsonError(res, 401, 'UNAUTHENTICATED', context.t('offerings.programme.signIn'));
    if (!mayMakeProgramme(context.actor)) return sendJsonError(res, 403, 'FORBIDDEN', context.t('offerings.programme.forbidden'));
    const path = (req.url ?? '/').split('?')[0] ?? '';
    const id = new RegExp(`^${PROGRAMMES_PREFIX}/([^/]+)\\.pdf$`).exec(path)?.[1];
    if (!id || !isUuid(id) || (req.method !== 'GET' && req.method !== 'HEAD')) return sendJsonError(res, 404, 'NOT_FOUND', context.t('offerings.programme.notFound'));
    const run = await context.em.findOne(ProgrammeRun, { id, status: 'DONE' }, { populate: ['pdf'] });
    if (!run?.pdf) return sendJsonError(res, 404, 'NOT_FOUND', context.t('offerings.programme.notFound'));
    const pdf = Buffer.from(run.pdf);
    res
      .writeHead(200, {
        'content-type': 'application/pdf',
        'content-length': String(pdf.length),
        'content-disposition': contentDisposition(programmeFileName(run.district, run.month, run.layout), 'program.pdf'),
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
        'content-security-policy': "default-src 'none'; sandbox",
      })
      .end(req.method === 'HEAD' ? undefined : pdf);
  },
};
