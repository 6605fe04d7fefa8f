import { shortText, toCsv } from '@omsorg/platform';
import type { RequestContext, StaffActor } from '@omsorg/platform';
import { addDaysTo } from '../../domain/calendar.ts';
import { daysWaiting, isQuarter, isReportedForQuarter, latestDecisionDayOverdueOn, quarterBounds } from '../../domain/quarter.ts';
import { dayInStockholm, startOfDayInStockholm, todayInStockholm } from '../../domain/stockholm-time.ts';
import type { Application } from '../../entities/application.ts';
import { Decision } from '../../entities/decision.ts';
import { caseworkActor, invalidField } from '../../queries/casework/scope.ts';
import { staffCaseFilter } from '../../domain/access.ts';
import { ApplicationRef } from '../application.ts';
import { logCaseReads } from '../../queries/casework/case-reads.ts';
import { builder } from '../builder.ts';
import { DecisionRef } from './refs.ts';

type NotStartedItem = { application: Application; decision: Decision; decidedOn: string; daysWaiting: number };

const NotStartedItemRef = builder.objectRef<NotStartedItem>('NotStartedItem').implement({
  description: 'A granted decision not carried out within three months ("ej verkställt beslut"), for the quarterly report to IVO.',
  fields: (t) => ({
    application: t.field({ type: ApplicationRef, resolve: (item) => item.application }),
    decision: t.field({ type: DecisionRef, resolve: (item) => item.decision }),
    decidedOn: t.exposeString('decidedOn'),
    daysWaiting: t.exposeInt('daysWaiting', { description: 'Days from the decision to the start, or to the report day while still waiting.' }),
  }),
});

async function notStarted(context: RequestContext, actor: StaffActor, quarter: string): Promise<NotStartedItem[]> {
  if (!isQuarter(quarter)) throw invalidField(context, 'quarter', 'validation.quarter');
  const bounds = quarterBounds(quarter);
  const today = todayInStockholm();
  const asOf = today < bounds.to ? today : bounds.to;
  const decisions = await context.em.find(
    Decision,
    {
      status: 'DECIDED',
      outcome: { $in: ['GRANTED', 'PARTLY_GRANTED'] },
      decidedAt: { $lt: startOfDayInStockholm(addDaysTo(latestDecisionDayOverdueOn(asOf), 1)) },
      $or: [{ startedOn: null }, { startedOn: { $gte: bounds.from } }],
      requestedService: { application: staffCaseFilter(actor) },
    },
    { populate: ['requestedService.application.requestedServices'], orderBy: { decidedAt: 'asc', id: 'asc' } },
  );
  const items = decisions
    .map((decision) => ({ decision, decidedOn: dayInStockholm(decision.decidedAt!), startedOn: decision.startedOn ?? null }))
    .filter((row) => isReportedForQuarter({ decidedOn: row.decidedOn, startedOn: row.startedOn }, bounds, today))
    .map((row) => ({
      application: row.decision.requestedService.application as Application,
      decision: row.decision,
      decidedOn: row.decidedOn,
      daysWaiting: daysWaiting({ decidedOn: row.decidedOn, startedOn: row.startedOn }, bounds, today),
    }))
    .sort((a, b) => b.daysWaiting - a.daysWaiting);
  await logCaseReads(context, 'NotStartedReport', items.map((item) => item.application));
  return items;
}

builder.queryField('notStartedReport', (t) =>
  t.field({
    type: [NotStartedItemRef],
    description:
      'Granted decisions of your unit not carried out within three months, as of the quarter’s end (or today for the running quarter), longest waiting first: the quarterly report to the inspectorate (IVO). Quarter as "2026-Q4".',
    args: { quarter: t.arg.string({ required: true, validate: shortText() }) },
    resolve: (_root, args, context) => notStarted(context, caseworkActor(context), args.quarter),
  }),
);

builder.queryField('notStartedReportCsv', (t) =>
  t.field({
    type: 'String',
    description: 'notStartedReport as CSV for a spreadsheet: a Swedish header row, ";" between cells.',
    args: { quarter: t.arg.string({ required: true, validate: shortText() }) },
    resolve: async (_root, args, context) => {
      const items = await notStarted(context, caseworkActor(context), args.quarter);
      const gender = (application: Application) => context.t(`gender.${application.applicantLegalGender ?? 'UNKNOWN'}`);
      return toCsv(
        ['Ärendenummer', 'Insats', 'Beslut', 'Beslutsdatum', 'Verkställd', 'Dagar i väntan', 'Kön'],
        items.map((item) => [
          item.application.reference ?? '',
          context.t(`serviceType.${item.decision.requestedService.serviceType}`),
          item.decision.outcome === 'PARTLY_GRANTED' ? 'Delvis bifall' : 'Bifall',
          item.decidedOn,
          item.decision.startedOn ?? '',
          item.daysWaiting,
          gender(item.application),
        ]),
      );
    },
  }),
);
