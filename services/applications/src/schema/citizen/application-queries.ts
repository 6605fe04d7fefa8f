import { pageArgs, toPage } from '@omsorg/platform';
import { caseFilter } from '../../domain/access.ts';
import { Application } from '../../entities/application.ts';
import { loggedCase } from '../../queries/casework/case-reads.ts';
import { findVisibleApplication } from '../../queries/citizen/visible-application.ts';
import { ApplicationRef } from '../application.ts';
import { builder } from '../builder.ts';
import { ApplicationPage } from '../person.ts';

builder.queryField('application', (t) =>
  t.field({
    type: ApplicationRef,
    nullable: true,
    description:
      'One application: for a citizen their own or a represented person\'s, for staff one of their unit\'s (the read is logged; drafts are the citizen\'s own until sent). Null when it does not exist or is not yours to see.',
    authScopes: { citizen: true, staff: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const application = await findVisibleApplication(context.em, context.actor, args.id, { populate: ['requestedServices'] });
      return application ? loggedCase(context, 'Application', application) : null;
    },
  }),
);

builder.queryField('myApplications', (t) =>
  t.field({
    type: ApplicationPage,
    description: "The signed-in citizen's applications and those of the persons they represent, newest first, drafts included.",
    authScopes: { citizen: true },
    args: pageArgs(t.arg),
    resolve: async (_root, args, context) => {
      const filter = caseFilter(context.actor);
      if (!filter) return toPage([], 0, args);
      const [nodes, totalCount] = await context.em.findAndCount(Application, filter, {
        populate: ['requestedServices'],
        orderBy: { createdAt: 'desc', id: 'asc' },
        limit: args.limit,
        offset: args.offset,
      });
      return toPage(nodes, totalCount, args);
    },
  }),
);

// Application is an entity other subgraphs may add fields to (outreach's outreachConversation);
// a reference resolves under the same policy and logging as `application(id)`.
builder.asEntity(ApplicationRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async (ref, context) => {
    const application = await findVisibleApplication(context.em, context.actor, ref.id, { populate: ['requestedServices'] });
    return application ? loggedCase(context, 'Application', application) : null;
  },
});
