import { accessDenied, definePage, logAccess, pageArgs, toPage } from '@omsorg/platform';
import { visibleApplicationsOf } from '../domain/visibility.ts';
import { Application } from '../entities/application.ts';
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
      description: "The person's applications, newest first. Staff reads are logged.",
      args: pageArgs(t.arg),
      resolve: async (person, args, context) => {
        const filter = visibleApplicationsOf(context.actor, person.id);
        if (!filter) throw accessDenied(context);
        const [nodes, totalCount] = await context.em.findAndCount(Application, filter, {
          populate: ['requestedServices'],
          orderBy: { createdAt: 'desc', id: 'asc' },
          limit: args.limit,
          offset: args.offset,
        });
        await logAccess(context, nodes.map((application) => ({ personId: person.id, resource: 'Application', resourceId: application.id })));
        return toPage(nodes, totalCount, args);
      },
    }),
  }),
});
