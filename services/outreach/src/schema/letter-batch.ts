import { dayInStockholm } from '@omsorg/letters';
import { accessDenied, definePage, isUuid, NotFoundFailure, pageArgs, toPage, ValidationFailure, type RequestContext } from '@omsorg/platform';
import { doesOutreach, mayMakeLetters, mayReadLetters } from '../domain/access.ts';
import { letterBatchFileName, type LetterBatchKind, type LetterBatchStatus } from '../domain/letter-batch.ts';
import { Campaign } from '../entities/campaign.ts';
import { LetterBatch } from '../entities/letter-batch.ts';
import { startLetterBatch } from '../letter-batches/start-batch.ts';
import { builder } from './builder.ts';
import { CampaignRef, visibleCampaign } from './campaign.ts';

/** A batch of the campaign is still being made: a second one waits until it is done. */
export class LetterBatchRunningFailure extends Error {
  readonly batchId: string;
  constructor(message: string, batchId: string) {
    super(message);
    this.name = 'LetterBatchRunningFailure';
    this.batchId = batchId;
  }
}

builder.objectType(LetterBatchRunningFailure, {
  name: 'LetterBatchRunningError',
  description: 'Letters of this campaign are being made right now ("brev skapas redan"); wait until they are done.',
  interfaces: ['Error' as never],
  fields: (t) => ({ batchId: t.exposeID('batchId', { description: 'The batch under way.' }) }),
});

const LetterBatchKindEnum = builder.enumType('LetterBatchKind', {
  description: 'What a letter batch holds.',
  values: {
    INVITATION: { description: 'Invitation letters ("inbjudningar") to cohort members not yet invited.' },
    REMINDER: { description: 'Reminder letters ("påminnelser") to those who have not answered.' },
  } satisfies Record<LetterBatchKind, { description: string }>,
});

const LetterBatchStatusEnum = builder.enumType('LetterBatchStatus', {
  description: 'Where a letter batch stands.',
  values: {
    QUEUED: { description: 'Asked for; the job has not started.' },
    RUNNING: { description: 'The letters are being made (`done` of `total`).' },
    DONE: { description: 'The print file is ready (or there was no one to write to).' },
    FAILED: { description: 'The job failed for good; nothing was kept, and another batch may be started.' },
  } satisfies Record<LetterBatchStatus, { description: string }>,
});

const LetterBatchRef = builder.objectRef<LetterBatch>('LetterBatch').implement({
  description: 'One print file of a campaign’s invitation or reminder letters ("utskick"), made in the background; `done` of `total` while RUNNING.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: LetterBatchKindEnum, resolve: (batch) => batch.kind }),
    status: t.field({ type: LetterBatchStatusEnum, resolve: (batch) => batch.status }),
    total: t.exposeInt('total', { description: 'Letters in the file; 0 while QUEUED and when there was no one to write to.' }),
    done: t.exposeInt('done', { description: 'Letters rendered so far.' }),
    createdAt: t.string({ resolve: (batch) => batch.createdAt.toISOString() }),
    finishedAt: t.string({ nullable: true, resolve: (batch) => batch.finishedAt?.toISOString() ?? null }),
    automatic: t.boolean({ description: 'Started by the daily reminder job, not by a person.', resolve: (batch) => batch.createdBy === null }),
    createdByYou: t.boolean({ resolve: (batch, _args, context) => context.actor.kind === 'staff' && batch.createdBy === context.actor.staffId }),
    fileSize: t.int({ nullable: true, description: 'The PDF’s size in bytes; null until DONE and when there were no letters.', resolve: (batch) => batch.fileSize ?? null }),
    fileName: t.string({
      nullable: true,
      resolve: (batch) => (batch.fileSize ? letterBatchFileName(batch.kind, (batch.campaign as Campaign).name, dayInStockholm(batch.createdAt)) : null),
    }),
    fileUrl: t.string({
      nullable: true,
      description: 'Where the PDF is downloaded (same origin, through the gateway); each download is logged for every person in it.',
      resolve: (batch) => (batch.fileSize ? `/letter-batches/${batch.id}/file` : null),
    }),
  }),
});

const LetterBatchPage = definePage(builder, 'LetterBatch', LetterBatchRef);

builder.objectFields(CampaignRef, (t) => ({
  reminderAfterWeeks: t.int({
    nullable: true,
    description: 'Weeks after the invitation letter that a reminder goes to those who have not answered ("påminnelse efter"); null for none.',
    resolve: (campaign) => campaign.reminderAfterWeeks ?? null,
  }),
  letterBatches: t.field({
    type: LetterBatchPage,
    description: 'The campaign’s letter batches, newest first. Outreach staff of its unit.',
    args: pageArgs(t.arg),
    resolve: async (campaign, args, context) => {
      if (!mayReadLetters(context.actor, campaign)) return toPage([], 0, args);
      const [nodes, totalCount] = await context.em.findAndCount(LetterBatch, { campaign: campaign.id }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: args.limit, offset: args.offset, populate: ['campaign'] });
      return toPage(nodes, totalCount, args);
    },
  }),
}));

builder.queryField('letterBatch', (t) =>
  t.field({
    type: LetterBatchRef,
    nullable: true,
    description: 'One letter batch, for its progress; null when there is none or its campaign is another unit’s. Outreach staff only.',
    authScopes: { role: 'OUTREACH' },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      if (!isUuid(args.id)) return null;
      const batch = await context.em.findOne(LetterBatch, { id: args.id }, { populate: ['campaign'] });
      return batch && mayReadLetters(context.actor, batch.campaign as Campaign) ? batch : null;
    },
  }),
);

async function startBatch(context: RequestContext, campaignId: string, kind: LetterBatchKind): Promise<LetterBatch> {
  if (!doesOutreach(context.actor)) throw accessDenied(context);
  const campaign = await visibleCampaign(context, campaignId, mayMakeLetters);
  if (!campaign) throw new NotFoundFailure(context.t('error.campaignNotFound'));
  if (!campaign.cohortFixedAt) throw new ValidationFailure(context.t('error.letters.cohortNotFixed'), [{ field: 'campaignId', message: context.t('error.letters.cohortNotFixed') }]);
  const id = await startLetterBatch(context.em.fork(), { campaignId: campaign.id, kind, createdBy: context.actor.staffId, remindInvitedBefore: kind === 'REMINDER' ? new Date() : null });
  if (!id) {
    const running = await context.em.findOneOrFail(LetterBatch, { campaign: campaign.id, status: { $in: ['QUEUED', 'RUNNING'] } });
    throw new LetterBatchRunningFailure(context.t('error.letters.running'), running.id);
  }
  return context.em.findOneOrFail(LetterBatch, { id }, { populate: ['campaign'] });
}

builder.mutationField('createInvitationLetters', (t) =>
  t.field({
    type: LetterBatchRef,
    description:
      'Starts the invitation letters for the campaign’s fixed cohort ("skapa inbjudningsbrev"): every member without an invitation gets one, and all their letters go into ONE print file made in the background; mail too where an address is known. Errors: NotFoundError, ValidationError (cohort not fixed), LetterBatchRunningError.',
    errors: { types: [LetterBatchRunningFailure] },
    args: { campaignId: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => startBatch(context, args.campaignId, 'INVITATION'),
  }),
);

builder.mutationField('createReminderLetters', (t) =>
  t.field({
    type: LetterBatchRef,
    description:
      'Starts reminder letters now ("skicka påminnelser nu") to everyone invited who has not answered and had no reminder; each gets a new code, and the first still works. Errors: NotFoundError, ValidationError (cohort not fixed), LetterBatchRunningError.',
    errors: { types: [LetterBatchRunningFailure] },
    args: { campaignId: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => startBatch(context, args.campaignId, 'REMINDER'),
  }),
);


