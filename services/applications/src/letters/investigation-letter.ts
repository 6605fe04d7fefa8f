import type { EntityManager } from '@mikro-orm/postgresql';
import { LIFE_AREAS, type LifeArea, type LifeAreaAssessments } from '../domain/life-areas.ts';
import { SERVICE_TYPES, type ServiceType } from '../domain/service-types.ts';
import { dayInStockholm } from '../domain/stockholm-time.ts';
import type { Application } from '../entities/application.ts';
import { Investigation } from '../entities/investigation.ts';
import { RequestedService } from '../entities/requested-service.ts';
import type { DecisionLetterFile } from './decision-letter.ts';
import { renderDocumentPdf, type LetterDocument, type RenderOptions } from './render-pdf.ts';
import { letterTemplate } from './templates.ts';

export type InvestigationLetterFacts = {
  reference: string | null;
  unit: string;
  communicatedOn: string;
  responseDueOn: string;
  lifeAreas: LifeAreaAssessments;
  services: Array<{ serviceType: ServiceType; text: string }>;
};

/** The words of the communication letter, per language (Swedish first, like the decision letter). */
const WORDS = {
  sv: {
    title: 'Utredning inför beslut',
    introduction: (due: string) =>
      `Här är utredningen av din ansökan. Läs den och säg till om något är fel eller saknas. Lämna dina synpunkter senast ${due}, på Mina ärenden i e-tjänsten, per telefon 08-508 00 508 eller med brev. Om du inte har några synpunkter behöver du inte göra något. Handläggarens bedömning kommer i beslutet.`,
    servicesHeading: (service: string) => `Det här har du ansökt om: ${service}`,
    needs: 'Behov',
    wishes: 'Önskemål',
    resources: 'Resurser',
    lifeAreas: {
      PERSONAL_CARE: 'Personlig omvårdnad',
      HOUSEHOLD: 'Hushåll',
      MOBILITY: 'Förflyttning och rörlighet',
      SOCIAL_LIFE: 'Socialt liv',
      HEALTH: 'Hälsa',
      NUTRITION: 'Mat och måltider över dygnet',
      SAFETY: 'Trygghet och säkerhet',
    } satisfies Record<LifeArea, string>,
    closing: (unit: string) => `Med vänlig hälsning\n${unit}`,
  },
};

/**
 * The investigation as it is communicated before the decision ("kommunicering"): what was
 * found per requested service and per life area. The caseworker's assessment and the violence
 * screening are never part of it.
 */
export function buildInvestigationLetter(facts: InvestigationLetterFacts): LetterDocument {
  const template = letterTemplate('sv');
  const words = WORDS.sv;
  const { labels, formatDate } = template;
  const areaSections = LIFE_AREAS.flatMap((area) => {
    const entry = facts.lifeAreas[area];
    if (!entry || !(entry.needs || entry.wishes || entry.resources)) return [];
    const paragraphs = [
      { label: words.needs, text: entry.needs },
      { label: words.wishes, text: entry.wishes },
      { label: words.resources, text: entry.resources },
    ].filter((paragraph) => paragraph.text.trim() !== '');
    return [{ heading: words.lifeAreas[area], paragraphs }];
  });
  return {
    lang: template.lang,
    title: words.title,
    documentTitle: facts.reference ? `${words.title}, ${facts.reference}` : words.title,
    header: [
      { label: labels.sender, value: facts.unit },
      { label: labels.date, value: formatDate(facts.communicatedOn) },
      ...(facts.reference ? [{ label: labels.reference, value: facts.reference }] : []),
    ],
    introduction: words.introduction(formatDate(facts.responseDueOn)),
    sections: [
      ...facts.services.map((service) => ({ heading: words.servicesHeading(template.serviceNames[service.serviceType]), paragraphs: [{ text: service.text }] })),
      ...areaSections,
    ],
    closing: words.closing(facts.unit),
    date: facts.communicatedOn,
  };
}

/** The communicated investigation as a PDF letter for the post, or null until it is communicated. */
export async function investigationLetter(em: EntityManager, application: Application, options: RenderOptions = {}): Promise<DecisionLetterFile | null> {
  const investigation = await em.findOne(Investigation, { application: application.id });
  if (!investigation?.communicatedAt || !investigation.responseDueOn) return null;
  const services = await em.find(RequestedService, { application: application.id });
  services.sort((a, b) => SERVICE_TYPES.indexOf(a.serviceType) - SERVICE_TYPES.indexOf(b.serviceType));
  const descriptions = investigation.serviceDescriptions ?? {};
  const pdf = await renderDocumentPdf(
    buildInvestigationLetter({
      reference: application.reference ?? null,
      unit: application.unit,
      communicatedOn: dayInStockholm(investigation.communicatedAt),
      responseDueOn: String(investigation.responseDueOn),
      lifeAreas: investigation.lifeAreas ?? {},
      services: services.flatMap((service) => (descriptions[service.id]?.trim() ? [{ serviceType: service.serviceType, text: descriptions[service.id]! }] : [])),
    }),
    options,
  );
  return { fileName: `utredning-${application.reference ?? application.id}.pdf`, contentBase64: pdf.toString('base64') };
}
