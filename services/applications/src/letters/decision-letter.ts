import type { EntityManager } from '@mikro-orm/postgresql';
import type { Application } from '../entities/application.ts';
import { Decision } from '../entities/decision.ts';
import type { RequestedService } from '../entities/requested-service.ts';
import { buildDecisionLetterContent, type DecisionLetterFacts, type LetterDecision } from './letter-content.ts';
import { letterAddressing, letterFile, letterLanguage, requestedServicesInOrder, staffCards, type LetterRequest } from './letter-facts.ts';
import { renderLetterPdf, type RenderOptions } from './render-pdf.ts';
import { letterTemplate } from './templates.ts';

/** A letter as a file: its name, the PDF, and the language it is written in (ISO 639-1). */
export type DecisionLetterFile = { fileName: string; contentBase64: string; language: string };

/** The decisions in force on the application's services, and the services still undecided. */
export async function decisionLetterFacts(em: EntityManager, application: Application, request: LetterRequest): Promise<DecisionLetterFacts | null> {
  const services = await requestedServicesInOrder(em, application);
  const decisions = services.length
    ? await em.find(
        Decision,
        { requestedService: { $in: services.map((service) => service.id) }, status: 'DECIDED', decidedAt: { $ne: null } },
        { populate: ['legalProvision'], orderBy: { decidedAt: 'desc', id: 'asc' } },
      )
    : [];
  if (decisions.length === 0) return null;

  const deciders = await staffCards(em, decisions.map((decision) => decision.decidedById));
  const decided: LetterDecision[] = [];
  const pending: RequestedService['serviceType'][] = [];
  for (const service of services) {
    const decision = decisions.find((candidate) => candidate.requestedService.id === service.id);
    if (!decision) {
      pending.push(service.serviceType);
      continue;
    }
    decided.push({
      serviceType: service.serviceType,
      outcome: decision.outcome,
      hoursPerMonth: decision.hoursPerMonth ?? null,
      validFrom: decision.validFrom ?? null,
      validTo: decision.validTo ?? null,
      legalCitation: decision.legalProvision?.citation ?? null,
      motivation: decision.motivation,
      decidedAt: decision.decidedAt!,
      notifiedOn: decision.notifiedOn ?? null,
      decidedBy: decision.decidedById ? (deciders.get(decision.decidedById) ?? null) : null,
    });
  }
  return { ...(await letterAddressing(em, application, request)), decisions: decided, pendingServices: pending };
}

/**
 * The decision letter as a PDF, or null while nothing is decided: in the person's language when
 * letters are written in it (Finnish: the Finnish administrative area), else Swedish.
 */
export async function decisionLetter(em: EntityManager, application: Application, request: LetterRequest, options: RenderOptions = {}): Promise<DecisionLetterFile | null> {
  const facts = await decisionLetterFacts(em, application, request);
  if (!facts) return null;
  const language = letterLanguage(application, request);
  const content = buildDecisionLetterContent(facts, letterTemplate(language));
  return letterFile({ sv: 'beslut', fi: 'paatos' }, application, language, await renderLetterPdf(content, options));
}
