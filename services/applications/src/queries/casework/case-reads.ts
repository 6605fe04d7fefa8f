import { logAccess, type RequestContext } from '@omsorg/platform';
import { isLoggedCaseRead } from '../../domain/access.ts';
import type { CaseReadSource } from '../../domain/case-reads.ts';

type ReadCase = { id: string; applicantId: string };

/** The cases already logged in this request: a case is one opening per request, whatever the path. */
const loggedInRequest = new WeakMap<RequestContext, Set<string>>();

/**
 * Logs that a staff member read these cases' content, one row per case not yet logged in this
 * request, in one insert. Every staff path that returns case content calls it with the cases it
 * returns; citizens' reads of their own cases are not logged.
 */
export async function logCaseReads(context: RequestContext, source: CaseReadSource, cases: ReadonlyArray<ReadCase>): Promise<void> {
  if (!isLoggedCaseRead(context.actor)) return;
  if (cases.length === 0) return;
  let logged = loggedInRequest.get(context);
  if (!logged) loggedInRequest.set(context, (logged = new Set()));
  const fresh = new Map<string, ReadCase>();
  for (const read of cases) if (!logged.has(read.id)) fresh.set(read.id, read);
  if (fresh.size === 0) return;
  for (const id of fresh.keys()) logged.add(id);
  await logAccess(
    context,
    [...fresh.values()].map((read) => ({ personId: read.applicantId, resource: source, resourceId: read.id })),
  );
}

/** Logs and passes on: for a staff path that returns one case's content. */
export async function loggedCase<T extends ReadCase>(context: RequestContext, source: CaseReadSource, application: T): Promise<T> {
  await logCaseReads(context, source, [application]);
  return application;
}
