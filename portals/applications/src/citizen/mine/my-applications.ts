import { graphqlRequest } from '@omsorg/ui';
import { MY_APPLICATIONS_QUERY } from '../operations.ts';
import type { ApplicationPage, ApplicationSummary } from '../types.ts';

export async function fetchMyApplications(offset: number, limit: number): Promise<ApplicationPage<ApplicationSummary>> {
  const { myApplications } = await graphqlRequest<{ myApplications: ApplicationPage<ApplicationSummary> }>(MY_APPLICATIONS_QUERY, { offset, limit });
  return myApplications;
}

/** Drafts first (something to finish), then the rest as the server sorted them (newest first). */
export function draftsFirst(nodes: readonly ApplicationSummary[]): { drafts: ApplicationSummary[]; cases: ApplicationSummary[] } {
  return { drafts: nodes.filter((n) => n.status === 'DRAFT'), cases: nodes.filter((n) => n.status !== 'DRAFT') };
}
