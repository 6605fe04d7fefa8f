import { defineEntity, p } from '@mikro-orm/core';
import type { LifeAreaAssessments } from '../domain/life-areas.ts';
import { ApplicationSchema } from './application.ts';

export type ViolenceScreening = { askedOn: string; method: 'FREDA' | 'REAGERA_S'; answers: Record<string, string>; notes: string };

/** The needs investigation ("utredning") of one application, structured by life area. */
export const InvestigationSchema = defineEntity({
  name: 'Investigation',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    application: () => p.oneToOne(ApplicationSchema).owner().unique(),
    lifeAreas: p.json<LifeAreaAssessments>(),
    /** What the investigation says about each requested service, by RequestedService id. */
    serviceDescriptions: p.json<Record<string, string>>(),
    /** The caseworker's assessment; not part of what is communicated to the applicant. */
    assessment: p.text().default(''),
    /** Visible only to the assigned caseworker and managers. */
    violenceScreening: p.json<ViolenceScreening>().nullable(),
    homeVisitAt: p.datetime().nullable(),
    homeVisitPlace: p.string().length(200).nullable(),
    homeVisitInvitedAt: p.datetime().nullable(),
    communicatedAt: p.datetime().nullable(),
    responseDueOn: p.date().nullable(),
    response: p.text().nullable(),
    respondedAt: p.datetime().nullable(),
    version: p.integer().version(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class Investigation extends InvestigationSchema.class {}
InvestigationSchema.setClass(Investigation);
