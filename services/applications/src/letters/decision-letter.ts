import type { EntityManager } from '@mikro-orm/postgresql';
import { SERVICE_TYPES } from '../domain/service-types.ts';
import type { Application } from '../entities/application.ts';
import { Decision } from '../entities/decision.ts';
import { RequestedService } from '../entities/requested-service.ts';
import { buildDecisionLetterContent, type DecisionLetterFacts, type LetterDecision } from './letter-content.ts';
import { renderLetterPdf, type RenderOptions } from './render-pdf.ts';
import { letterTemplate } from './templates.ts';

export type DecisionLetterFile = { fileName: string; contentBase64: string };

/** The decisions in force on the application's services, and the services still undecided. */
export async function decisionLetterFacts(em: EntityManager, application: Application, recipientName: string | null): Promise<DecisionLetterFacts | null> {
  const services = await em.find(RequestedService, { application: application.id });
  services.sort((a, b) => SERVICE_TYPES.indexOf(a.serviceType) - SERVICE_TYPES.indexOf(b.serviceType));
  const decisions = services.length
    ? await em.find(
        Decision,
        { requestedService: { $in: services.map((service) => service.id) }, status: 'DECIDED', decidedAt: { $ne: null } },
        { populate: ['legalProvision'], orderBy: { decidedAt: 'desc', id: 'asc' } },
      )
    : [];
  if (decisions.length === 0) return null;

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
    });
  }
  return { reference: application.reference ?? null, unit: application.unit, recipientName, decisions: decided, pendingServices: pending };
}

/** The decision letter as a PDF, or null while nothing is decided. */
export async function decisionLetter(
  em: EntityManager,
  application: Application,
  recipientName: string | null,
  options: RenderOptions & { language?: string } = {},
): Promise<DecisionLetterFile | null> {
  const facts = await decisionLetterFacts(em, application, recipientName);
  if (!facts) return null;
  const content = buildDecisionLetterContent(facts, letterTemplate(options.language ?? 'sv'));
  const pdf = await renderLetterPdf(content, options);
  const name = application.reference ?? application.id;
  return { fileName: `beslut-${name}.pdf`, contentBase64: pdf.toString('base64') };
}
