import type { LifeArea, LifeAreaAssessment } from '../../domain/life-areas.ts';
import type { ServiceType } from '../../domain/service-types.ts';
import { ServiceTypeEnum } from '../application.ts';
import { builder } from '../builder.ts';
import { LifeAreaEnum } from '../casework/enums.ts';

/*
 * The parts of an investigation that are shown both to staff (Investigation) and to the
 * applicant (CommunicatedInvestigation): what was found per life area and per requested service.
 */

export type LifeAreaEntry = LifeAreaAssessment & { area: LifeArea };
export type ServiceDescriptionEntry = { requestedServiceId: string; serviceType: ServiceType; text: string };

export const LifeAreaAssessmentRef = builder.objectRef<LifeAreaEntry>('LifeAreaAssessment').implement({
  description: 'What the investigation found in one life area: needs ("behov"), wishes ("önskemål") and resources ("resurser").',
  fields: (t) => ({
    area: t.field({ type: LifeAreaEnum, resolve: (entry) => entry.area }),
    needs: t.exposeString('needs'),
    wishes: t.exposeString('wishes'),
    resources: t.exposeString('resources'),
  }),
});

export const ServiceDescriptionRef = builder.objectRef<ServiceDescriptionEntry>('ServiceDescription').implement({
  description: 'What the investigation says about one requested service.',
  fields: (t) => ({
    requestedServiceId: t.exposeID('requestedServiceId'),
    serviceType: t.field({ type: ServiceTypeEnum, resolve: (entry) => entry.serviceType }),
    text: t.exposeString('text'),
  }),
});
