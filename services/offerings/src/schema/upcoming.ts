import { pageArgs, toPage, type RequestContext } from '@omsorg/platform';
import type { SessionFilter } from '../catalogue/session-filter.ts';
import { findSessions } from '../catalogue/sessions.ts';
import { readOptions } from './reading.ts';
import { SessionPage } from './refs.ts';

/** A paginated `upcomingSessions` field for an object whose sessions `filterOf` narrows to. */
export function upcomingSessionsField<Parent>(t: PothosSchemaTypes.ObjectFieldBuilder<any, Parent>, filterOf: (parent: Parent) => SessionFilter, description: string) {
  return t.field({
    type: SessionPage,
    description,
    args: pageArgs(t.arg),
    resolve: async (parent: Parent, args: { offset: number; limit: number }, context: RequestContext) => {
      const page = await findSessions(context.em, filterOf(parent), args, readOptions(context, true));
      return toPage(page.nodes, page.totalCount, args);
    },
  });
}
