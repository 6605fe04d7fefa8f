import { isoWeekOf, todayInStockholm } from '../../domain/stockholm-time.ts';
import { staffCaseFilter } from '../../domain/access.ts';
import { CaseReviewItem } from '../../entities/case-review-item.ts';
import { Decision } from '../../entities/decision.ts';
import { managerActor } from '../../queries/casework/scope.ts';
import { builder } from '../builder.ts';

type ManagerSummary = { proposalsWaiting: number; week: string; caseReviewItems: number; caseReviewItemsWithoutOutcome: number };

const ManagerSummaryRef = builder.objectRef<ManagerSummary>('ManagerSummary').implement({
  description: 'What waits for a manager of the unit, as numbers only (no case content): the start page says it and links to the lists.',
  fields: (t) => ({
    proposalsWaiting: t.exposeInt('proposalsWaiting', { description: 'Proposals waiting for a manager’s decision (decisionQueue).' }),
    week: t.exposeString('week', { description: 'This ISO week in Stockholm, e.g. 2026-W49.' }),
    caseReviewItems: t.exposeInt('caseReviewItems', { description: 'Cases flagged for this week’s case review (caseReviewAgenda).' }),
    caseReviewItemsWithoutOutcome: t.exposeInt('caseReviewItemsWithoutOutcome', { description: 'Of those, the ones with no outcome recorded yet.' }),
  }),
});

builder.queryField('managerSummary', (t) =>
  t.field({
    type: ManagerSummaryRef,
    description: 'How many proposals wait and how many cases this week’s case review holds, in your unit. Managers only; counts, so nothing is logged as read.',
    resolve: async (_root, _args, context) => {
      const actor = managerActor(context);
      const week = isoWeekOf(todayInStockholm());
      const [proposalsWaiting, caseReviewItems, caseReviewItemsWithoutOutcome] = await Promise.all([
        context.em.count(Decision, { status: 'PROPOSED', requestedService: { application: staffCaseFilter(actor) } }),
        context.em.count(CaseReviewItem, { week, application: staffCaseFilter(actor) }),
        context.em.count(CaseReviewItem, { week, outcome: null, application: staffCaseFilter(actor) }),
      ]);
      return { proposalsWaiting, week, caseReviewItems, caseReviewItemsWithoutOutcome };
    },
  }),
);
