export type ApplicationStatus = 'DRAFT' | 'SUBMITTED' | 'IN_INVESTIGATION' | 'DECIDED' | 'CLOSED';

export interface Application {
  id: string;
  reference: string;
  status: ApplicationStatus;
  createdAt: string;
  requestedServices: Array<{ id: string; serviceType: string }>;
}

export interface ApplicationPage {
  nodes: Application[];
  totalCount: number;
  hasNextPage: boolean;
}

export type MyApplicationsResult = { me: { __typename: 'Person'; id: string; applications: ApplicationPage } | { __typename: 'StaffMember' } | null };
