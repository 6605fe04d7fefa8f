import { accessDenied, definePage, isUuid, pageArgs, text, toPage } from '@omsorg/platform';
import type { ProgrammeLayout } from '@omsorg/rules/offerings';
import { mayMakeProgramme } from '../domain/access.ts';
import { PROGRAMME_RUN_STATUSES, ProgrammeRun } from '../entities/programme-run.ts';
import { programmeFileName } from '../programme/contact.ts';
import { programmePath } from '../programme/http.ts';
import { programmeDistricts, requestProgramme } from '../programme/request-programme.ts';
import { builder } from './builder.ts';
import { ContentLanguageEnum } from './localized.ts';

/* The printable programme (docs/OFFERINGS.md "The printable programme"): staff with the activities role. */

const ProgrammeLayoutEnum = builder.enumType('ProgrammeLayout', {
  description: 'How the programme is laid out.',
  values: {
    NOTICE_BOARD: { description: 'For the notice board ("anslagstavla"): A4, large text, by meeting place and day.' },
    NEWSPAPER: { description: 'For the local paper ("lokaltidning"): A4 in three columns, by day and meeting place.' },
  } satisfies Record<ProgrammeLayout, { description: string }>,
});

const ProgrammeRunStatusEnum = builder.enumType('ProgrammeRunStatus', {
  description: 'Where the making of a programme stands.',
  values: {
    QUEUED: { description: 'Asked for, or to be tried again after a failure; the job has not started.' },
    RUNNING: { description: 'Being made (`progress` 0–100).' },
    DONE: { description: 'Ready to download.' },
    FAILED: { description: 'Failed after its retries; ask for a new one.' },
  } satisfies Record<(typeof PROGRAMME_RUN_STATUSES)[number], { description: string }>,
});

const ProgrammeRunRef = builder.objectRef<ProgrammeRun>('ProgrammeRun').implement({
  description: 'A printable programme of a district’s month ("månadsprogram"), made in the background.',
  fields: (t) => ({
    id: t.exposeID('id'),
    district: t.exposeString('district', { description: 'The district ("stadsdelsområde"), e.g. Hägersten-Älvsjö.' }),
    month: t.exposeString('month', { description: 'The month, "YYYY-MM".' }),
    layout: t.field({ type: ProgrammeLayoutEnum, resolve: (run) => run.layout }),
    language: t.field({ type: ContentLanguageEnum, resolve: (run) => run.language as never, description: 'The language it is printed in.' }),
    status: t.field({ type: ProgrammeRunStatusEnum, resolve: (run) => run.status }),
    progress: t.exposeInt('progress', { description: '0–100.' }),
    sessionCount: t.exposeInt('sessionCount', { description: 'The sessions printed; 0 until DONE.' }),
    requestedAt: t.string({ resolve: (run) => run.requestedAt.toISOString() }),
    finishedAt: t.string({ nullable: true, resolve: (run) => run.finishedAt?.toISOString() ?? null }),
    requestedByYou: t.boolean({ resolve: (run, _args, context) => context.actor.kind === 'staff' && run.requestedById === context.actor.staffId }),
    fileName: t.string({ nullable: true, description: 'E.g. "program-hagersten-alvsjo-2026-12.pdf"; null until DONE.', resolve: (run) => (run.status === 'DONE' ? programmeFileName(run.district, run.month, run.layout) : null) }),
    fileUrl: t.string({ nullable: true, description: 'Where the PDF is downloaded (same origin, through the gateway); null until DONE.', resolve: (run) => (run.status === 'DONE' ? programmePath(run.id) : null) }),
  }),
});

const ProgrammeRunPage = definePage(builder, 'ProgrammeRun', ProgrammeRunRef);

builder.queryField('programmeRun', (t) =>
  t.field({
    type: ProgrammeRunRef,
    nullable: true,
    description: 'One programme run, for its progress; null when there is none. Staff with the activities role.',
    authScopes: { role: 'ACTIVITIES' },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      if (!mayMakeProgramme(context.actor)) throw accessDenied(context);
      return isUuid(args.id) ? context.em.findOne(ProgrammeRun, { id: args.id }) : null;
    },
  }),
);

builder.queryField('programmeRuns', (t) =>
  t.field({
    type: ProgrammeRunPage,
    description: 'The programmes made, latest first. Staff with the activities role.',
    authScopes: { role: 'ACTIVITIES' },
    args: pageArgs(t.arg),
    resolve: async (_root, args, context) => {
      if (!mayMakeProgramme(context.actor)) throw accessDenied(context);
      const [nodes, totalCount] = await context.em.findAndCount(ProgrammeRun, {}, { orderBy: { requestedAt: 'desc', id: 'desc' }, limit: args.limit, offset: args.offset });
      return toPage(nodes, totalCount, args);
    },
  }),
);

builder.queryField('programmeDistricts', (t) =>
  t.stringList({
    description: 'The districts a programme can be made for: those with a published meeting place. Staff with the activities role.',
    authScopes: { role: 'ACTIVITIES' },
    resolve: async (_root, _args, context) => {
      if (!mayMakeProgramme(context.actor)) throw accessDenied(context);
      return programmeDistricts(context.em);
    },
  }),
);

builder.mutationField('requestProgramme', (t) =>
  t.field({
    type: ProgrammeRunRef,
    description:
      'Starts a printable programme of a district’s month ("skapa program"): made in the background, follow it with `programmeRun`. The same programme already being made is answered instead of a second. Errors: ValidationError (month, district, language).',
    errors: {},
    authScopes: { role: 'ACTIVITIES' },
    args: {
      district: t.arg.string({ required: true, validate: text({ max: 100 }), description: 'A district from `programmeDistricts`.' }),
      month: t.arg.string({ required: true, validate: text({ max: 7 }), description: '"YYYY-MM", at most 12 months from this one.' }),
      layout: t.arg({ type: ProgrammeLayoutEnum, required: true }),
      language: t.arg({ type: ContentLanguageEnum, description: 'The language to print in; Swedish when left out. Arabic cannot be printed yet.' }),
    },
    resolve: async (_root, args, context) => {
      if (!mayMakeProgramme(context.actor) || context.actor.kind !== 'staff') throw accessDenied(context);
      return requestProgramme(context, { district: args.district, month: args.month, layout: args.layout, language: args.language ?? 'sv' }, context.actor.staffId);
    },
  }),
);
