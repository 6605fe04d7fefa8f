import type { RequestContext } from '@omsorg/platform';
import type { ApplicationStatus } from '../../domain/application-status.ts';
import { canRespond } from '../../domain/investigation-response.ts';
import { LIFE_AREAS, type LifeAreaAssessments } from '../../domain/life-areas.ts';
import { servicesAwaitingDecision } from '../../queries/awaiting-decision.ts';
import { todayInStockholm } from '../../domain/stockholm-time.ts';
import { Investigation } from '../../entities/investigation.ts';
import type { Application } from '../../entities/application.ts';
import { RequestedService } from '../../entities/requested-service.ts';
import { ApplicationRef } from '../application.ts';
import { builder } from '../builder.ts';
import { LifeAreaAssessmentRef, ServiceDescriptionRef, type LifeAreaEntry, type ServiceDescriptionEntry } from './investigation-parts.ts';

/**
 * The investigation as it is communicated to the applicant (kommunicering): life areas and what
 * it says about each service, never the caseworker's assessment and never the violence
 * screening. Built from those fields only, so nothing else can slip through.
 */
type CommunicatedInvestigation = {
  communicatedAt: Date;
  responseDueOn: string;
  lifeAreas: LifeAreaEntry[];
  serviceDescriptions: ServiceDescriptionEntry[];
  response: string | null;
  respondedAt: Date | null;
  canRespond: boolean;
};

function lifeAreasOf(assessments: LifeAreaAssessments): LifeAreaEntry[] {
  return LIFE_AREAS.flatMap((area) => {
    const entry = assessments[area];
    return entry ? [{ area, needs: entry.needs ?? '', wishes: entry.wishes ?? '', resources: entry.resources ?? '' }] : [];
  });
}

export function communicatedView(investigation: Investigation, services: RequestedService[], caseStatus: ApplicationStatus, servicesAwaitingDecision: number, today: string): CommunicatedInvestigation | null {
  if (!investigation.communicatedAt || !investigation.responseDueOn) return null;
  const descriptions = investigation.serviceDescriptions ?? {};
  return {
    communicatedAt: investigation.communicatedAt,
    responseDueOn: investigation.responseDueOn,
    lifeAreas: lifeAreasOf(investigation.lifeAreas ?? {}),
    serviceDescriptions: services.flatMap((service) =>
      descriptions[service.id] ? [{ requestedServiceId: service.id, serviceType: service.serviceType, text: descriptions[service.id]! }] : [],
    ),
    response: investigation.response ?? null,
    respondedAt: investigation.respondedAt ?? null,
    canRespond: canRespond(
      { communicatedAt: investigation.communicatedAt, responseDueOn: investigation.responseDueOn, response: investigation.response ?? null, caseStatus, servicesAwaitingDecision },
      today,
    ),
  };
}

const CommunicatedInvestigationRef = builder.objectRef<CommunicatedInvestigation>('CommunicatedInvestigation').implement({
  description: 'The investigation sent to the applicant before the decision ("kommunicerad utredning"), without the assessment and without the violence screening.',
  fields: (t) => ({
    communicatedAt: t.string({ resolve: (view) => view.communicatedAt.toISOString() }),
    responseDueOn: t.exposeString('responseDueOn', { description: 'The last day to respond, "YYYY-MM-DD" (inclusive).' }),
    lifeAreas: t.field({ type: [LifeAreaAssessmentRef], resolve: (view) => view.lifeAreas }),
    serviceDescriptions: t.field({ type: [ServiceDescriptionRef], resolve: (view) => view.serviceDescriptions }),
    response: t.exposeString('response', { nullable: true, description: "The applicant's response, if any." }),
    respondedAt: t.string({ nullable: true, resolve: (view) => view.respondedAt?.toISOString() ?? null }),
    canRespond: t.exposeBoolean('canRespond', { description: 'Communicated, not answered yet, the last day to respond has not passed, and something is still to be decided.' }),
  }),
});

async function loadCommunicated(applications: readonly Application[], context: RequestContext): Promise<(CommunicatedInvestigation | null)[]> {
  const applicationIds = applications.map((application) => application.id);
  const investigations = await context.em.find(Investigation, { application: { $in: applicationIds }, communicatedAt: { $ne: null } });
  const services = investigations.length
    ? await context.em.find(RequestedService, { application: { $in: investigations.map((investigation) => investigation.application.id) } }, { orderBy: { id: 'asc' } })
    : [];
  const awaiting = await servicesAwaitingDecision(context.em, services);
  const today = todayInStockholm();
  return applications.map((application) => {
    const investigation = investigations.find((candidate) => candidate.application.id === application.id);
    if (!investigation) return null;
    return communicatedView(
      investigation,
      services.filter((service) => service.application.id === application.id),
      application.status,
      awaiting.get(application.id) ?? 0,
      today,
    );
  });
}

builder.objectField(ApplicationRef, 'communicatedInvestigation', (t) =>
  t.loadable({
    type: CommunicatedInvestigationRef,
    nullable: true,
    description: 'The investigation as communicated to the applicant; null until it is communicated.',
    // Keyed by the case itself: whether a response is still possible depends on its status.
    load: (applications: Application[], context: RequestContext) => loadCommunicated(applications, context),
    loaderOptions: { cacheKeyFn: (application: Application) => application.id },
    resolve: (application) => application,
  }),
);
