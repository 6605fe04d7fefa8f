import { accessDenied, definePage, pageArgs, toPage } from '@omsorg/platform';
import { caseFilterFor } from '../domain/access.ts';
import { Application } from '../entities/application.ts';
import { logCaseReads } from '../queries/casework/case-reads.ts';
import { ApplicationRef } from './application.ts';
import { builder } from './builder.ts';

export const ApplicationPage = definePage(builder, 'Application', ApplicationRef);

/** Person is owned by identity; this subgraph adds the person's applications. */
export const PersonRef = builder.externalRef('Person', builder.selection<{ id: string }>('id')).implement({
  externalFields: () => ({}),
  fields: (t) => ({
    id: t.exposeID('id'),
    applications: t.field({
      type: ApplicationPage,
      description: "The person's applications, newest first: a citizen's own or a represented person's, drafts included; for caseworkers and managers those in their unit, never drafts. Staff reads are logged.",
      args: pageArgs(t.arg),
      resolve: async (person, args, context) => {
        const filter = caseFilterFor(context.actor, person.id);
        if (!filter) throw accessDenied(context);
        const [nodes, totalCount] = await context.em.findAndCount(Application, filter, {
          populate: ['requestedServices'],
          orderBy: { createdAt: 'desc', id: 'asc' },
          limit: args.limit,
          offset: args.offset,
        });
        await logCaseReads(context, 'PersonApplications', nodes);
        return toPage(nodes, totalCount, args);
      },
    }),
  }),
});
