import type { EntityManager } from '@mikro-orm/postgresql';
import type { PageArgs } from '../graphql/pagination.ts';
import { AccessLogEntry } from './access-log-entry.ts';

/**
 * One page of the staff reads of a person's data logged in this service, newest first: what a
 * citizen is shown under "Vem har läst mina uppgifter".
 */
export async function accessLogPage(
  em: EntityManager,
  personId: string,
  resources: readonly string[],
  page: PageArgs,
): Promise<{ entries: AccessLogEntry[]; totalCount: number }> {
  const [entries, totalCount] = await em.findAndCount(
    AccessLogEntry,
    { personId, resource: { $in: [...resources] } },
    { orderBy: { at: 'desc', id: 'asc' }, limit: page.limit, offset: page.offset },
  );
  return { entries, totalCount };
}
