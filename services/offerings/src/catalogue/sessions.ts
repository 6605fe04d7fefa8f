import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '@omsorg/platform';
import type { ContentLanguage } from '@omsorg/rules/offerings';
import { Session } from '../entities/session.ts';
import { sessionWhere, type SessionFilter } from './session-filter.ts';

/**
 * One page of sessions for the public list and the week view, ordered by start: the sessions with
 * their offering and venue in one joined statement, and the count in another, whatever the page's
 * size (no statement per session).
 */
export async function findSessions(
  em: EntityManager,
  filter: SessionFilter,
  page: { offset: number; limit: number },
  options: { now: Date; readerLanguage: ContentLanguage; includeDrafts: boolean },
): Promise<{ nodes: Session[]; totalCount: number }> {
  const [nodes, totalCount] = await em.findAndCount(Session, sessionWhere(filter, options), {
    populate: ['offering', 'venue'],
    strategy: 'joined',
    // Read-only: no identity map or change-set snapshots for a page nobody will change.
    disableIdentityMap: true,
    orderBy: { startsAt: 'asc', id: 'asc' },
    limit: page.limit,
    offset: page.offset,
  });
  return { nodes, totalCount };
}

/** The number of people on each session's waiting list, in one statement. */
export async function waitingCounts(em: EntityManager, sessionIds: readonly string[]): Promise<Map<string, number>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await execute<Array<{ session_id: string; waiting: number }>>(
    em,
    `select "session_id", count(*)::int as "waiting" from "offerings"."registration"
     where "status" = 'WAITING' and "session_id" in (select (jsonb_array_elements_text(?::jsonb))::uuid) group by "session_id"`,
    [JSON.stringify(sessionIds)],
  );
  return new Map(rows.map((row) => [row.session_id, Number(row.waiting)]));
}
