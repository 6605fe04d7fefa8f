import { defineEntity, p } from '@mikro-orm/core';
import { APPLICATION_STATUSES } from '../domain/application-status.ts';
import { SERVICE_TYPES } from '../domain/service-types.ts';

/** An application ("ansökan") for one or more care services. */
export const ApplicationSchema = defineEntity({
  name: 'Application',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    reference: p.string().length(32).unique(),
    /** The person the application is for (identity's Person id). */
    applicantId: p.uuid().index(),
    /** Who filed it: the applicant or a representative. */
    submittedById: p.uuid().nullable(),
    unit: p.string().length(200).index(),
    status: p.enum(APPLICATION_STATUSES).default('DRAFT'),
    createdAt: p.datetime().onCreate(() => new Date()).index(),
    requestedServices: () => p.oneToMany(RequestedServiceSchema).mappedBy('application'),
  },
});

export class Application extends ApplicationSchema.class {}
ApplicationSchema.setClass(Application);

/** One requested care service ("insats") within an application; each is decided on its own. */
export const RequestedServiceSchema = defineEntity({
  name: 'RequestedService',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    application: () => p.manyToOne(ApplicationSchema).index(),
    serviceType: p.enum(SERVICE_TYPES),
  },
});

export class RequestedService extends RequestedServiceSchema.class {}
RequestedServiceSchema.setClass(RequestedService);
