import type { QBFilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '@omsorg/platform';
import { doesCasework, staffCaseFilter } from '../../domain/access.ts';
import { OPEN_STATUSES } from '../../domain/inbox.ts';
import { Application } from '../../entities/application.ts';
import { logCaseReads } from '../../queries/casework/case-reads.ts';
import { ApplicationRef, ApplicationStatusEnum } from '../application.ts';
import { builder } from '../builder.ts';

type OtherApplication = Pick<Application, 'id' | 'reference' | 'status' | 'submittedAt'>;

export const OtherOpenApplicationRef = builder.objectRef<OtherApplication>('OtherOpenApplication').implement({
  description: 'Another open application of the same person in your unit: two at once may be one need asked twice.',
  fields: (t) => ({
    id: t.exposeID('id'),
    reference: t.exposeString('reference', { nullable: true }),
    status: t.field({ type: ApplicationStatusEnum, resolve: (application) => application.status }),
    submittedAt: t.string({ nullable: true, resolve: (application) => application.submittedAt?.toISOString() ?? null }),
  }),
});

/** Key of a case for the loader: its person and its own id, so one statement serves a whole page. */
const keyOf = (application: Application) => `${application.applicantId}/${application.id}`;

/**
 * The other open applications (SUBMITTED, IN_INVESTIGATION, COMMUNICATED) of each case's person
 * that the staff member may see, for a page of cases in one statement. Each is logged as a read
 * of that person's applications.
 */
export async function otherOpenApplications(keys: readonly string[], context: RequestContext): Promise<OtherApplication[][]> {
  if (!doesCasework(context.actor)) return keys.map(() => []);
  const pairs = keys.map((key) => key.split('/') as [string, string]);
  const applicants = [...new Set(pairs.map(([applicantId]) => applicantId))];
  // Plain rows, not entities: a page's worth of warnings needs no unit of work.
  const open = await context.em
    .createQueryBuilder(Application, 'a')
    .select(['id', 'reference', 'status', 'submittedAt', 'applicantId'])
    .where({ applicantId: { $in: applicants }, ...staffCaseFilter(context.actor), status: { $in: [...OPEN_STATUSES] } } as QBFilterQuery<Application, 'a'>)
    .orderBy([{ submittedAt: 'asc' }, { id: 'asc' }])
    .execute<Array<OtherApplication & Pick<Application, 'applicantId'>>>('all', true);
  const others = pairs.map(([applicantId, id]) => open.filter((application) => application.applicantId === applicantId && application.id !== id));
  await logCaseReads(context, 'PersonApplications', others.flat());
  return others;
}

builder.objectFields(ApplicationRef, (t) => ({
  otherOpenApplications: t.loadableList({
    type: OtherOpenApplicationRef,
    description: 'The person’s other open applications in your unit: a warning that the same need may be asked for twice. Staff only.',
    authScopes: (_parent, _args, context: RequestContext) => doesCasework(context.actor),
    load: (keys: string[], context: RequestContext) => otherOpenApplications(keys, context),
    resolve: (application) => keyOf(application),
  }),
}));
