import { INVESTIGATION_TEXT_MAX_LENGTH } from '@omsorg/rules/applications';
import { z } from 'zod';
import { LifeArea, type SaveInvestigationInput } from '../../../generated/graphql.ts';
import type { CaseApplication } from '../case-data.ts';

/** In the order of the form. */
export const lifeAreas: readonly LifeArea[] = [
  LifeArea.PersonalCare,
  LifeArea.Household,
  LifeArea.Mobility,
  LifeArea.SocialLife,
  LifeArea.Health,
  LifeArea.Nutrition,
  LifeArea.Safety,
];

/** The investigation as the form holds it: per life area, per requested service, and the assessment. */
export interface LifeAreaText {
  needs: string;
  wishes: string;
  resources: string;
}

export interface InvestigationForm {
  lifeAreas: Record<LifeArea, LifeAreaText>;
  serviceDescriptions: Record<string, string>;
  assessment: string;
}

export const TEXT_MAX = INVESTIGATION_TEXT_MAX_LENGTH;
export const lifeAreaParts = ['needs', 'wishes', 'resources'] as const;

export function investigationFormFrom(application: Pick<CaseApplication, 'investigation' | 'requestedServices'>): InvestigationForm {
  const saved = application.investigation;
  const form: InvestigationForm = {
    lifeAreas: Object.fromEntries(lifeAreas.map((area) => [area, { needs: '', wishes: '', resources: '' }])) as Record<LifeArea, LifeAreaText>,
    serviceDescriptions: Object.fromEntries(application.requestedServices.map((service) => [service.id, ''])),
    assessment: saved?.assessment ?? '',
  };
  for (const entry of saved?.lifeAreas ?? []) form.lifeAreas[entry.area] = { needs: entry.needs, wishes: entry.wishes, resources: entry.resources };
  for (const description of saved?.serviceDescriptions ?? []) {
    if (description.requestedServiceId in form.serviceDescriptions) form.serviceDescriptions[description.requestedServiceId] = description.text;
  }
  return form;
}

export const lifeAreaFieldId = (area: LifeArea, part: (typeof lifeAreaParts)[number]) => `investigation-${area}-${part}`;
export const serviceFieldId = (requestedServiceId: string) => `investigation-service-${requestedServiceId}`;

const text = z.string().max(TEXT_MAX, 'validation.tooLong');

/** Every text has a length limit; nothing is required (the investigation is written over time). */
export const investigationSchema = z.object({
  lifeAreas: z.record(z.enum(LifeArea), z.object({ needs: text, wishes: text, resources: text })),
  serviceDescriptions: z.record(z.string(), text),
  assessment: text,
});

/** The element of each field, by its path in the form. */
export function investigationFieldIds(requestedServiceIds: readonly string[]): Record<string, string> {
  return {
    ...Object.fromEntries(lifeAreas.flatMap((area) => lifeAreaParts.map((part) => [`lifeAreas.${area}.${part}`, lifeAreaFieldId(area, part)]))),
    ...Object.fromEntries(requestedServiceIds.map((id) => [`serviceDescriptions.${id}`, serviceFieldId(id)])),
    assessment: 'investigation-assessment',
  };
}

/**
 * Only what this user changed since `base` (the case as last read) is sent; the API keeps areas
 * and descriptions left out, so a colleague's work in other areas is never overwritten.
 */
export function toSaveInvestigationInput(form: InvestigationForm, base: InvestigationForm, application: Pick<CaseApplication, 'id' | 'version'>): SaveInvestigationInput {
  const input: SaveInvestigationInput = {
    applicationId: application.id,
    version: application.version,
    lifeAreas: lifeAreas
      .filter((area) => lifeAreaParts.some((part) => form.lifeAreas[area][part] !== base.lifeAreas[area][part]))
      .map((area) => ({
        area,
        needs: form.lifeAreas[area].needs.trim(),
        wishes: form.lifeAreas[area].wishes.trim(),
        resources: form.lifeAreas[area].resources.trim(),
      })),
    serviceDescriptions: Object.entries(form.serviceDescriptions)
      .filter(([id, text]) => text !== base.serviceDescriptions[id])
      .map(([requestedServiceId, text]) => ({ requestedServiceId, text: text.trim() })),
  };
  if (form.assessment !== base.assessment) input.assessment = form.assessment.trim();
  return input;
}

/**
 * After the case is read again (a conflict, or someone else's save): fields this user has not
 * touched take the new text, fields they changed keep theirs. A three-way merge per field.
 */
export function mergeInvestigation(form: InvestigationForm, base: InvestigationForm, server: InvestigationForm): InvestigationForm {
  const pick = (mine: string, was: string | undefined, now: string) => (mine === was ? now : mine);
  return {
    lifeAreas: Object.fromEntries(
      lifeAreas.map((area): [LifeArea, LifeAreaText] => {
        const part = (name: (typeof lifeAreaParts)[number]) => pick(form.lifeAreas[area][name], base.lifeAreas[area][name], server.lifeAreas[area][name]);
        return [area, { needs: part('needs'), wishes: part('wishes'), resources: part('resources') }];
      }),
    ) as Record<LifeArea, LifeAreaText>,
    serviceDescriptions: Object.fromEntries(
      Object.keys(server.serviceDescriptions).map((id) => [id, pick(form.serviceDescriptions[id] ?? '', base.serviceDescriptions[id], server.serviceDescriptions[id] ?? '')]),
    ),
    assessment: pick(form.assessment, base.assessment, server.assessment),
  };
}

/** The quality indicator: does the investigation describe every service applied for? */
export function describedCount(form: InvestigationForm): { described: number; total: number } {
  const texts = Object.values(form.serviceDescriptions);
  return { described: texts.filter((text) => text.trim().length > 0).length, total: texts.length };
}

export function sameForm(a: InvestigationForm, b: InvestigationForm): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
