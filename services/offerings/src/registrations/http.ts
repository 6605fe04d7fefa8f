import { type HttpRoute, isUuid, sendJsonError } from '@omsorg/platform';
import { clockInStockholm } from '@omsorg/rules';
import { mayReadAttendanceReport, maySeeRegistrations } from '../domain/access.ts';
import { Offering } from '../entities/offering.ts';
import { Registration } from '../entities/registration.ts';
import { Session } from '../entities/session.ts';
import { renderMovedUpLetter } from '../letters/moved-up-letter.ts';
import { sessionNoticeFacts } from '../mail/session-facts.ts';
import { attendanceCsv, attendanceReport } from './attendance-report.ts';
import { logRegistrationReads } from './registration-reads.ts';

/*
 * The organiser's files, through the gateway's FILE_ROUTES with the session's internal token:
 * GET /offerings-letters/<registrationId>.pdf, the letter to a person moved up who asked for one;
 * GET /offerings-attendance/<YYYY-MM>.csv, the unit's attendance report. Only the organiser
 * unit's activities staff; nothing about the person is logged.
 */

export const OFFERINGS_LETTERS_PREFIX = '/offerings-letters';
export const OFFERINGS_ATTENDANCE_PREFIX = '/offerings-attendance';

const FILE_HEADERS = { 'x-content-type-options': 'nosniff', 'cache-control': 'private, no-store', 'content-security-policy': "default-src 'none'; sandbox" };

export const movedUpLetterRoute: HttpRoute = {
  prefix: OFFERINGS_LETTERS_PREFIX,
  maxBodyBytes: () => 0,
  async handle(req, res, context) {
    if (context.actor.kind === 'anonymous') return sendJsonError(res, 401, 'UNAUTHENTICATED', context.t('error.unauthenticated'));
    const url = new URL(req.url ?? '/', 'http://localhost');
    const id = new RegExp(`^${OFFERINGS_LETTERS_PREFIX}/([^/]+)\\.pdf$`).exec(url.pathname)?.[1];
    if (!id || !isUuid(id) || (req.method !== 'GET' && req.method !== 'HEAD')) return sendJsonError(res, 404, 'NOT_FOUND', context.t('error.notFound'));
    const registration = await context.em.findOne(Registration, { id, noticeBy: 'LETTER', promotedAt: { $ne: null } }, { populate: ['session.offering'] });
    const offering = (registration?.session as unknown as Session | undefined)?.offering as unknown as Offering | undefined;
    if (!registration || !offering || !maySeeRegistrations(context.actor, offering)) return sendJsonError(res, 404, 'NOT_FOUND', context.t('error.notFound'));
    await logRegistrationReads(context, [registration]);
    // The letter is in Swedish (its words are), its dates too.
    const facts = await sessionNoticeFacts(context.em, id, 'sv');
    const pdf = await renderMovedUpLetter(facts!);
    res.writeHead(200, { ...FILE_HEADERS, 'content-type': 'application/pdf', 'content-length': String(pdf.length), 'content-disposition': 'attachment; filename="plats-ledig.pdf"' }).end(req.method === 'HEAD' ? undefined : pdf);
  },
};

export const attendanceCsvRoute: HttpRoute = {
  prefix: OFFERINGS_ATTENDANCE_PREFIX,
  maxBodyBytes: () => 0,
  async handle(req, res, context) {
    if (context.actor.kind === 'anonymous') return sendJsonError(res, 401, 'UNAUTHENTICATED', context.t('error.unauthenticated'));
    const url = new URL(req.url ?? '/', 'http://localhost');
    const month = new RegExp(`^${OFFERINGS_ATTENDANCE_PREFIX}/(\\d{4}-(?:0[1-9]|1[0-2]))\\.csv$`).exec(url.pathname)?.[1];
    if (!mayReadAttendanceReport(context.actor)) return sendJsonError(res, 403, 'FORBIDDEN', context.t('error.forbidden'));
    if (!month || (req.method !== 'GET' && req.method !== 'HEAD')) return sendJsonError(res, 404, 'NOT_FOUND', context.t('error.notFound'));
    const report = await attendanceReport(context.em, context.actor.unit, month);
    const csv = Buffer.from(`\uFEFF${attendanceCsv(report, (startsAt) => { const { day, time } = clockInStockholm(startsAt); return `${day} ${time}`; })}`, 'utf8');
    res.writeHead(200, { ...FILE_HEADERS, 'content-type': 'text/csv; charset=utf-8', 'content-length': String(csv.length), 'content-disposition': `attachment; filename="narvaro-${month}.csv"` }).end(req.method === 'HEAD' ? undefined : csv);
  },
};
