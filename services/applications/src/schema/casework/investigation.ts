import type { RequestContext } from '@omsorg/platform';
import { logCaseReads } from '../../queries/casework/case-reads.ts';
import { describesEveryService } from '../../domain/gender-statistics.ts';
import { LIFE_AREAS } from '../../domain/life-areas.ts';
import type { Application } from '../../entities/application.ts';
import { Investigation, type ViolenceScreening } from '../../entities/investigation.ts';
import { doesCasework, maySeeViolenceScreening } from '../../domain/access.ts';
import { ApplicationRef } from '../application.ts';
import { builder } from '../builder.ts';
import { LifeAreaAssessmentRef, ServiceDescriptionRef } from '../citizen/investigation-parts.ts';
import { InvestigationRef } from './refs.ts';

const ViolenceScreeningRef = builder.objectRef<ViolenceScreening>('ViolenceScreening').implement({
  description: 'Questions about violence asked in the investigation ("våldsscreening").',
  fields: (t) => ({
    askedOn: t.exposeString('askedOn'),
    method: t.exposeString('method', { description: 'FREDA (kortfrågor) or REAGERA_S.' }),
    answers: t.string({ description: 'Question and answer pairs as a JSON object of strings.', resolve: (screening) => JSON.stringify(screening.answers) }),
    notes: t.exposeString('notes'),
  }),
});

function application(investigation: Investigation): Application {
  return investigation.application as Application;
}

InvestigationRef.implement({
  description: 'The needs investigation ("utredning") by life area, for staff. Reading it is logged.',
  fields: (t) => ({
    id: t.exposeID('id'),
    lifeAreas: t.field({
      type: [LifeAreaAssessmentRef],
      description: 'The life areas filled in so far, in the instrument’s order.',
      resolve: (investigation) =>
        LIFE_AREAS.flatMap((area) => {
          const entry = investigation.lifeAreas[area];
          return entry ? [{ area, needs: entry.needs, wishes: entry.wishes, resources: entry.resources }] : [];
        }),
    }),
    serviceDescriptions: t.field({
      type: [ServiceDescriptionRef],
      description: 'What the investigation says about each requested service, in the order of the application.',
      resolve: (investigation) =>
        application(investigation)
          .requestedServices.getItems()
          .flatMap((service) => {
            const text = investigation.serviceDescriptions[service.id];
            return text ? [{ requestedServiceId: service.id, serviceType: service.serviceType, text }] : [];
          }),
    }),
    describesEveryService: t.boolean({
      description: 'Whether every requested service is described: the quality indicator, target 90 % ("utredningen beskriver alla sökta insatser").',
      resolve: (investigation) =>
        describesEveryService(
          application(investigation).requestedServices.getItems().map((service) => service.id),
          investigation.serviceDescriptions,
        ),
    }),
    assessment: t.exposeString('assessment', { description: 'The caseworker’s assessment ("bedömning"); never communicated to the applicant.' }),
    violenceScreeningDone: t.boolean({ resolve: (investigation) => investigation.violenceScreening !== null && investigation.violenceScreening !== undefined }),
    violenceScreening: t.field({
      type: ViolenceScreeningRef,
      nullable: true,
      description: 'Only for the assigned caseworker and managers; null for everyone else.',
      resolve: (investigation, _args, context) => (maySeeViolenceScreening(context.actor, application(investigation)) ? (investigation.violenceScreening ?? null) : null),
    }),
    homeVisitAt: t.string({ nullable: true, resolve: (investigation) => investigation.homeVisitAt?.toISOString() ?? null }),
    homeVisitPlace: t.exposeString('homeVisitPlace', { nullable: true }),
    homeVisitInvitedAt: t.string({ nullable: true, resolve: (investigation) => investigation.homeVisitInvitedAt?.toISOString() ?? null }),
    communicatedAt: t.string({ nullable: true, resolve: (investigation) => investigation.communicatedAt?.toISOString() ?? null }),
    responseDueOn: t.exposeString('responseDueOn', { nullable: true }),
    response: t.exposeString('response', { nullable: true }),
    respondedAt: t.string({ nullable: true, resolve: (investigation) => investigation.respondedAt?.toISOString() ?? null }),
    updatedAt: t.string({ resolve: (investigation) => investigation.updatedAt.toISOString() }),
  }),
});

/** Investigations of many cases in one query; every staff read is logged in one insert. */
export async function loadInvestigations(applicationIds: readonly string[], context: RequestContext): Promise<(Investigation | null)[]> {
  const investigations = await context.em.find(Investigation, { application: { $in: [...applicationIds] } }, { populate: ['application.requestedServices'] });
  await logCaseReads(context, 'Investigation', investigations.map(application));
  return applicationIds.map((id) => investigations.find((investigation) => investigation.application.id === id) ?? null);
}

builder.objectField(ApplicationRef, 'investigation', (t) =>
  t.loadable({
    type: InvestigationRef,
    nullable: true,
    description: 'The needs investigation ("utredning"). Staff only (caseworkers and managers); each read is logged.',
    authScopes: (_application, _args, context) => doesCasework(context.actor),
    load: (ids: string[], context: RequestContext) => loadInvestigations(ids, context),
    resolve: (application) => application.id,
  }),
);
