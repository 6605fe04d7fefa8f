import { APPLICATION_STATUSES } from '../domain/application-status.ts';
import { SERVICE_TYPES } from '../domain/service-types.ts';
import type { Application } from '../entities/application.ts';
import type { RequestedService } from '../entities/requested-service.ts';
import { builder } from './builder.ts';

export const ApplicationStatusEnum = builder.enumType('ApplicationStatus', {
  description: 'Where an application ("ansökan") stands.',
  values: APPLICATION_STATUSES,
});

export const ServiceTypeEnum = builder.enumType('ServiceType', {
  description: 'A kind of care service ("insats"), e.g. HOME_CARE_PERSONAL hemtjänst, personlig omvårdnad.',
  values: SERVICE_TYPES,
});

export const RequestedServiceRef = builder.objectRef<RequestedService>('RequestedService').implement({
  description: 'A requested care service ("sökt insats"); each is decided on its own.',
  fields: (t) => ({
    id: t.exposeID('id'),
    serviceType: t.field({ type: ServiceTypeEnum, resolve: (service) => service.serviceType }),
  }),
});

export const ApplicationRef = builder.objectRef<Application>('Application').implement({
  description: 'An application for care services ("ansökan om bistånd").',
  fields: (t) => ({
    id: t.exposeID('id'),
    reference: t.exposeString('reference', { nullable: true, description: 'The reference number ("ärendenummer") shown to the applicant; given on submission.' }),
    status: t.field({ type: ApplicationStatusEnum, resolve: (application) => application.status }),
    createdAt: t.string({ resolve: (application) => application.createdAt.toISOString() }),
    requestedServices: t.field({
      type: [RequestedServiceRef],
      resolve: (application) => application.requestedServices.getItems(),
    }),
  }),
});
