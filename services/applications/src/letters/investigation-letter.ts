import type { EntityManager } from '@mikro-orm/postgresql';
import { LIFE_AREAS, type LifeArea, type LifeAreaAssessments } from '../domain/life-areas.ts';
import type { ServiceType } from '../domain/service-types.ts';
import { dayInStockholm } from '../domain/stockholm-time.ts';
import type { Application } from '../entities/application.ts';
import { Investigation } from '../entities/investigation.ts';
import type { DecisionLetterFile } from './decision-letter.ts';
import { letterAddressing, letterFile, letterLanguage, requestedServicesInOrder, type LetterRequest } from './letter-facts.ts';
import { answeringPhone, framedLetter, type LetterAddressing } from './letter-frame.ts';
import { renderDocumentPdf, type LetterDocument, type RenderOptions } from './render-pdf.ts';
import { letterTemplate, type LetterLanguage } from './templates.ts';

export type InvestigationLetterFacts = LetterAddressing & {
  communicatedOn: string;
  responseDueOn: string;
  lifeAreas: LifeAreaAssessments;
  services: Array<{ serviceType: ServiceType; text: string }>;
};

type InvestigationWords = {
  title: string;
  introduction: (due: string, phone: string) => string;
  servicesHeading: (service: string) => string;
  needs: string;
  wishes: string;
  resources: string;
  lifeAreas: Record<LifeArea, string>;
};

/** The words of the communication letter, per letter language (Swedish first, like the decision letter). */
const WORDS: Record<LetterLanguage, InvestigationWords> = {
  sv: {
    title: 'Utredning inför beslut',
    introduction: (due, phone) =>
      `Här är utredningen av din ansökan. Läs den och säg till om något är fel eller saknas. Lämna dina synpunkter senast ${due}, på Mina ärenden i e-tjänsten, per telefon ${phone} eller med brev. Om du inte har några synpunkter behöver du inte göra något. Handläggarens bedömning kommer i beslutet.`,
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
    },
  },
  fi: {
    title: 'Selvitys ennen päätöstä',
    introduction: (due, phone) =>
      `Tässä on hakemuksesi selvitys. Lue se ja kerro meille, jos siinä on jotain väärää tai jotain puuttuu. Anna mielipiteesi viimeistään ${due} e-palvelun kohdassa Omat asiat, puhelimitse numeroon ${phone} tai kirjeellä. Jos sinulla ei ole huomautettavaa, sinun ei tarvitse tehdä mitään. Käsittelijän arvio kerrotaan päätöksessä.`,
    servicesHeading: (service) => `Tätä olet hakenut: ${service}`,
    needs: 'Tarpeet',
    wishes: 'Toiveet',
    resources: 'Voimavarat',
    lifeAreas: {
      PERSONAL_CARE: 'Henkilökohtainen hoiva',
      HOUSEHOLD: 'Kotitalous',
      MOBILITY: 'Liikkuminen',
      SOCIAL_LIFE: 'Sosiaalinen elämä',
      HEALTH: 'Terveys',
      NUTRITION: 'Ruoka ja ateriat vuorokauden aikana',
      SAFETY: 'Turvallisuus',
    },
  },
};

/**
 * The investigation as it is communicated before the decision ("kommunicering"): what was
 * found per requested service and per life area. The caseworker's assessment and the violence
 * screening are never part of it.
 */
export function buildInvestigationLetter(facts: InvestigationLetterFacts, language: LetterLanguage = 'sv'): LetterDocument {
  const template = letterTemplate(language);
  const words = WORDS[language];
  const { formatDate } = template;
  const phone = answeringPhone(facts);
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
    ...framedLetter(facts, template, words.title, facts.communicatedOn),
    introduction: words.introduction(formatDate(facts.responseDueOn), phone),
    sections: [
      ...facts.services.map((service) => ({ heading: words.servicesHeading(template.serviceNames[service.serviceType]), paragraphs: [{ text: service.text }] })),
      ...areaSections,
    ],
  };
}

/** The communicated investigation as a PDF letter for the post, or null until it is communicated. */
export async function investigationLetter(em: EntityManager, application: Application, request: LetterRequest, options: RenderOptions = {}): Promise<DecisionLetterFile | null> {
  const investigation = await em.findOne(Investigation, { application: application.id });
  if (!investigation?.communicatedAt || !investigation.responseDueOn) return null;
  const services = await requestedServicesInOrder(em, application);
  const descriptions = investigation.serviceDescriptions ?? {};
  const language = letterLanguage(application, request);
  const pdf = await renderDocumentPdf(
    buildInvestigationLetter({
      ...(await letterAddressing(em, application, request)),
      communicatedOn: dayInStockholm(investigation.communicatedAt),
      responseDueOn: String(investigation.responseDueOn),
      lifeAreas: investigation.lifeAreas ?? {},
      services: services.flatMap((service) => (descriptions[service.id]?.trim() ? [{ serviceType: service.serviceType, text: descriptions[service.id]! }] : [])),
    }, language),
    options,
  );
  return letterFile({ sv: 'utredning', fi: 'selvitys' }, application, language, pdf);
}
