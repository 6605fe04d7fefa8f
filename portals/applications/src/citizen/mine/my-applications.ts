import { graphqlRequest } from '@omsorg/ui';
import { CitizenMyApplicationsDocument, type CitizenApplicationSummaryFragment, type CitizenMyApplicationsQuery } from '../../generated/graphql.ts';

export type ApplicationSummary = CitizenApplicationSummaryFragment;
export type ApplicationPage = CitizenMyApplicationsQuery['myApplications'];

export async function fetchMyApplications(offset: number, limit: number): Promise<ApplicationPage> {
  const { myApplications } = await graphqlRequest(CitizenMyApplicationsDocument, { offset, limit });
  return myApplications;
}

/** Drafts first (something to finish), then the rest as the server sorted them (newest first). */
export function draftsFirst(nodes: readonly ApplicationSummary[]): { drafts: ApplicationSummary[]; cases: ApplicationSummary[] } {
  return { drafts: nodes.filter((n) => n.status === 'DRAFT'), cases: nodes.filter((n) => n.status !== 'DRAFT') };
}
