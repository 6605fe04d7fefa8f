import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../auth/actor.ts';
import { accessDenied, type PlatformBuilder } from '../graphql/builder.ts';
import { definePage, pageArgs, toPage } from '../graphql/pagination.ts';
import { accessLogPage, type AccessLogOpening } from './access-log-page.ts';

export type OpeningsFieldOptions<Opening> = {
  /** The Person type this service knows (its own or an external reference). */
  person: PothosSchemaTypes.ObjectRef<any, unknown, { id: string }>;
  /** The field on Person, e.g. `identityOpenings`. */
  field: string;
  description: string;
  /** The service's opening type; its page type is `<name>Page`. */
  opening: PothosSchemaTypes.ObjectRef<any, Opening>;
  name: string;
  /** The service's own schema, whose access_log is read. */
  schema: string;
  /** The logged resources shown. */
  resources: readonly string[];
  /** The service's policy (domain/access.ts): may this actor see who read this person's data? */
  mayRead: (actor: Actor, personId: string) => boolean;
  /** Turns the page's log openings into the service's openings; without it they are shown as they are. */
  toOpenings?: (em: EntityManager, entries: AccessLogOpening[]) => Promise<Opening[]>;
};

/**
 * Adds `Person.<field>(offset, limit): <name>Page`: one page of the staff reads of the person's
 * data logged in this service (accessLogPage), for those the service's policy lets see them.
 */
export function addOpeningsField<Opening = AccessLogOpening>(builder: PlatformBuilder, options: OpeningsFieldOptions<Opening>): void {
  const page = definePage(builder, options.name, options.opening);
  builder.objectField(options.person, options.field, (t) =>
    t.field({
      type: page,
      description: options.description,
      args: pageArgs(t.arg),
      resolve: async (person, args, context) => {
        if (!options.mayRead(context.actor, person.id)) throw accessDenied(context);
        const { openings: entries, totalCount } = await accessLogPage(context.em, options.schema, person.id, options.resources, args);
        const openings = options.toOpenings ? await options.toOpenings(context.em, entries) : (entries as Opening[]);
        return toPage(openings, totalCount, args);
      },
    }),
  );
}
