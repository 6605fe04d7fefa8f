import type { EntityManager } from '@mikro-orm/postgresql';
import { dayInStockholm } from '@omsorg/letters';
import type { JobDefinition, Logger } from '@omsorg/platform';
import type { ContentLanguage } from '@omsorg/rules/offerings';
import { ProgrammeRun } from '../entities/programme-run.ts';
import { readProgrammeSessions } from './content.ts';
import { programmePhone, programmeWebAddress } from './contact.ts';
import { renderProgramme } from './render-programme.ts';

export const PROGRAMME_QUEUE = 'offerings.programme';

type ProgrammeJobData = { runId: string };

/** Reading the sessions is the first 80 % of the bar, drawing the pages the rest. */
const READ_SHARE = 80;

/**
 * Makes a run's programme: marks it RUNNING, reads the month's published sessions in pages
 * (progress after each), renders the PDF in the run's layout and language, stores it and marks
 * the run DONE with 100 %. Progress is written on connections of its own, so the page sees it at
 * once. A finished run's job (a late duplicate) does nothing. Returns the sessions printed.
 */
export async function runProgramme(em: EntityManager, runId: string, log: Logger, now: Date = new Date()): Promise<number> {
  const run = await em.fork().findOne(ProgrammeRun, { id: runId });
  if (!run || run.status === 'DONE' || run.status === 'FAILED') return 0;
  const progress = (value: number) => em.fork().nativeUpdate(ProgrammeRun, { id: runId }, { status: 'RUNNING', progress: Math.round(value) });
  await progress(0);
  const language = run.language as ContentLanguage;
  const { venues, entries } = await readProgrammeSessions(em.fork(), { district: run.district, month: run.month, language, now }, async (read, total) => {
    await progress((read / Math.max(total, 1)) * READ_SHARE);
  });
  await progress(READ_SHARE);
  const pdf = await renderProgramme({
    district: run.district,
    month: run.month,
    layout: run.layout,
    language,
    venues,
    entries,
    phone: programmePhone(run.district),
    web: programmeWebAddress(),
    date: dayInStockholm(now),
  });
  // A programme is tens of kilobytes: the ORM's parameter is fine here (a letter batch of 36 MB is not; see outreach's file-store.ts).
  await em.fork().nativeUpdate(ProgrammeRun, { id: runId }, { status: 'DONE', progress: 100, sessionCount: entries.length, pdf, finishedAt: new Date() });
  log.info({ programmeRunId: runId, sessions: entries.length, bytes: pdf.length }, 'programme made');
  return entries.length;
}

/**
 * The queue's worker: tried three times. A failed attempt puts the run back to QUEUED (the page
 * says it is tried again); the last one marks it FAILED so the page stops waiting.
 */
export const programmeJob: JobDefinition<ProgrammeJobData> = {
  queue: PROGRAMME_QUEUE,
  retry: { limit: 2, delaySeconds: 10, backoff: true },
  timeoutSeconds: 5 * 60,
  handler: async ({ runId }, { em, log, finalAttempt }) => {
    try {
      await runProgramme(em, runId, log);
    } catch (error) {
      await em.fork().nativeUpdate(
        ProgrammeRun,
        { id: runId, status: { $in: ['QUEUED', 'RUNNING'] } },
        finalAttempt ? { status: 'FAILED', finishedAt: new Date() } : { status: 'QUEUED', progress: 0 },
      );
      throw error;
    }
  },
};
