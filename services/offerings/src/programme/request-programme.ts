import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueJob, ValidationFailure, type RequestContext } from '@omsorg/platform';
import { clockInStockholm } from '@omsorg/rules';
import { type ContentLanguage, type ProgrammeLayout, programmeMonthIssue, PROGRAMME_MONTHS_AWAY } from '@omsorg/rules/offerings';
import { ProgrammeRun } from '../entities/programme-run.ts';
import { Venue } from '../entities/venue.ts';
import { PROGRAMME_QUEUE } from './programme-job.ts';
import { isPrintable } from './words.ts';

/** The districts a programme can be made for: those with a published meeting place, in Swedish order. */
export async function programmeDistricts(em: EntityManager, now: Date = new Date()): Promise<string[]> {
  const venues = await em.find(
    Venue,
    { status: 'PUBLISHED', $and: [{ $or: [{ publishFrom: null }, { publishFrom: { $lte: now } }] }, { $or: [{ publishUntil: null }, { publishUntil: { $gt: now } }] }] },
    { fields: ['district'] },
  );
  const swedish = new Intl.Collator('sv-SE');
  return [...new Set(venues.map((venue) => venue.district))].sort(swedish.compare);
}

export type ProgrammeRequest = { district: string; month: string; layout: ProgrammeLayout; language: ContentLanguage };

/**
 * Checks the request (a real month at most 12 months away, a district with meeting places, a
 * language the PDF can be printed in), then records a QUEUED run and queues its job in one
 * transaction. The same programme already being made is answered instead of a second one.
 */
export async function requestProgramme(context: RequestContext, request: ProgrammeRequest, staffId: string): Promise<ProgrammeRun> {
  const issues: Array<{ field: string; message: string }> = [];
  const monthIssue = programmeMonthIssue(request.month, clockInStockholm().day);
  if (monthIssue) issues.push({ field: 'month', message: context.t(`offerings.programme.month.${monthIssue}`, { months: PROGRAMME_MONTHS_AWAY }) });
  if (!(await programmeDistricts(context.em)).includes(request.district)) issues.push({ field: 'district', message: context.t('offerings.programme.district.unknown') });
  if (!isPrintable(request.language)) issues.push({ field: 'language', message: context.t('offerings.programme.language.notPrintable') });
  if (issues.length > 0) throw new ValidationFailure(issues[0]!.message, issues);

  return context.em.fork().transactional(async (tx) => {
    const same = { district: request.district, month: request.month, layout: request.layout, language: request.language };
    const running = await tx.findOne(ProgrammeRun, { ...same, status: { $in: ['QUEUED', 'RUNNING'] } }, { orderBy: { requestedAt: 'desc' } });
    if (running) return running;
    const run = tx.create(ProgrammeRun, { ...same, requestedById: staffId });
    await tx.flush();
    await enqueueJob(tx, PROGRAMME_QUEUE, { runId: run.id }, { singletonKey: `programme:${run.id}` });
    return run;
  });
}
