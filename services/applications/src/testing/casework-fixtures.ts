import type { MikroORM } from '@mikro-orm/postgresql';
import type { Actor, StaffRole } from '@omsorg/platform';
import type { TestSubgraph } from '@omsorg/platform/testing';
import { emptyAnswers } from '../domain/answers.ts';
import type { ServiceType } from '../domain/service-types.ts';
import { Application } from '../entities/application.ts';
import { handleStaffMemberChanged } from '../jobs/staff-member-changed.ts';
import { LegalProvision } from '../entities/legal-provision.ts';
import { RequestedService } from '../entities/requested-service.ts';

export const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
export const OTHER_UNIT = 'Beställarenheten äldre, Skärholmen';

export function staff(roles: StaffRole[], unit = UNIT, staffId: string = crypto.randomUUID()): Extract<Actor, { kind: 'staff' }> {
  return { kind: 'staff', staffId, roles, unit };
}

/**
 * Makes the staff projection know these members as identity would tell it (the job's handler,
 * without the queue), so they may be given cases of their unit.
 */
export async function knownStaff(orm: MikroORM, ...members: Array<Extract<Actor, { kind: 'staff' }>>): Promise<void> {
  for (const member of members) {
    await handleStaffMemberChanged(orm.em.fork(), { id: member.staffId, unit: member.unit, roles: member.roles, version: new Date().toISOString() });
  }
}

/** Hanna Lind as identity tells the staff projection, with the name, title and direct phone a letter prints. */
export async function knownLetterCaseworker(orm: MikroORM, member: Extract<Actor, { kind: 'staff' }>): Promise<void> {
  await handleStaffMemberChanged(orm.em.fork(), {
    id: member.staffId,
    unit: member.unit,
    roles: member.roles,
    name: 'Hanna Lind',
    title: 'Biståndshandläggare',
    phone: '08-508 22 141',
    version: new Date().toISOString(),
  });
}

/**
 * The staff the casework tests act as, with fresh ids: caseworkers Hanna and Olle and manager
 * Maria at UNIT, Karl (caseworker and manager) at OTHER_UNIT, an outreach officer and the council.
 */
export function caseworkStaff() {
  return {
    hanna: staff(['CASEWORKER']),
    olle: staff(['CASEWORKER']),
    maria: staff(['MANAGER']),
    karl: staff(['CASEWORKER', 'MANAGER'], OTHER_UNIT),
    outreach: staff(['OUTREACH']),
    council: staff(['QUALITY_COUNCIL']),
  };
}

export function citizen(personId: string, actingFor: string[] = []): Actor {
  return { kind: 'person', personId, actingFor };
}

let serial = 0;

/** A submitted application with its requested services, written straight to the database. */
export async function submittedApplication(
  orm: MikroORM,
  options: {
    applicantId?: string;
    services: ServiceType[];
    unit?: string;
    submittedAt?: Date;
    urgent?: boolean;
    districtArea?: string | null;
    assigneeId?: string | null;
    status?: Application['status'];
    applicantLegalGender?: 'FEMALE' | 'MALE' | null;
    applicantName?: string | null;
  },
): Promise<{ id: string; applicantId: string; serviceIds: Record<string, string> }> {
  const em = orm.em.fork();
  serial += 1;
  const application = em.create(Application, {
    reference: `T-${process.pid}-${serial}-${crypto.randomUUID().slice(0, 8)}`,
    applicantId: options.applicantId ?? crypto.randomUUID(),
    unit: options.unit ?? UNIT,
    districtArea: options.districtArea ?? 'Hägersten',
    status: options.status ?? 'SUBMITTED',
    urgent: options.urgent ?? false,
    assigneeId: options.assigneeId ?? null,
    applicantLegalGender: options.applicantLegalGender ?? null,
    applicantName: options.applicantName ?? null,
    answers: { ...emptyAnswers(), services: options.services.map((serviceType) => ({ serviceType, needs: 'Behöver hjälp.' })) },
    submittedAt: options.submittedAt ?? new Date(),
  });
  const serviceIds: Record<string, string> = {};
  for (const serviceType of options.services) {
    const service = em.create(RequestedService, { application, serviceType, needs: 'Behöver hjälp.' });
    serviceIds[serviceType] = service.id;
  }
  await em.flush();
  return { id: application.id, applicantId: application.applicantId, serviceIds };
}

export async function provisionId(orm: MikroORM, code: string): Promise<string> {
  return (await orm.em.fork().findOneOrFail(LegalProvision, { code })).id;
}

export async function versionOf(orm: MikroORM, id: string): Promise<number> {
  return (await orm.em.fork().findOneOrFail(Application, id)).version;
}

/** Runs a mutation whose result is a union and returns the typed result (or the GraphQL errors). */
export async function mutate(subgraph: TestSubgraph, actor: Actor, document: string, input: Record<string, unknown>) {
  const result = await subgraph.request(actor, document, { input });
  if (result.errors?.length) return { __typename: 'GraphQLErrors', errors: result.errors } as any;
  const [value] = Object.values(result.data ?? {});
  return value as any;
}

/** The result selection every casework mutation test uses. */
export const ERRORS = `
  ... on ValidationError { message issues { field message } }
  ... on ConflictError { message currentVersion }
  ... on NotFoundError { message }
`;

/** Moved to the platform's testing kit, which every service's tests share. */
export { countStatements } from '@omsorg/platform/testing';
