import { defineEntity, p } from '@mikro-orm/core';
import { SERVICE_TYPES } from '../domain/service-types.ts';
import { ApplicationSchema } from './application.ts';

/** One requested care service ("sökt insats"); each is decided on its own. */
export const RequestedServiceSchema = defineEntity({
  name: 'RequestedService',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    application: () => p.manyToOne(ApplicationSchema).index(),
    serviceType: p.enum(SERVICE_TYPES),
    /** The applicant's needs in their own words. */
    needs: p.text().default(''),
  },
});

export class RequestedService extends RequestedServiceSchema.class {}
RequestedServiceSchema.setClass(RequestedService);
