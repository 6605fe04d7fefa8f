import type { LetterLine } from '@omsorg/letters';
import { appealDeadlineOf, notificationDay } from '../domain/appeal-eligibility.ts';
import type { ServiceType } from '../domain/service-types.ts';
import { dayInStockholm } from '../domain/stockholm-time.ts';
import { framedLetter, type LetterAddressing, type LetterHead } from './letter-frame.ts';
import type { DecisionOutcome, LetterTemplate } from './templates.ts';

/** One decided requested service, as the letter needs it. */
export type LetterDecision = {
  serviceType: ServiceType;
  outcome: DecisionOutcome;
  hoursPerMonth: number | null;
  validFrom: string | null;
  validTo: string | null;
  legalCitation: string | null;
  motivation: string;
  decidedAt: Date;
  notifiedOn: string | null;
  /** Who decided, with their title; null when the service no longer knows them. */
  decidedBy: { name: string; title: string | null } | null;
};

/** The unit that decided is the sender; the recipient, copy and caseworker as for every letter. */
export type DecisionLetterFacts = LetterAddressing & {
  decisions: LetterDecision[];
  /** Requested services not decided yet. */
  pendingServices: ServiceType[];
};

export type { LetterLine } from '@omsorg/letters';

export type LetterContent = {
  lang: string;
  title: string;
  /** "Beslut om bistånd, ANS-2026-000123": the PDF's title. */
  documentTitle: string;
  head: LetterHead;
  introduction: string;
  services: Array<{ heading: string; lines: LetterLine[]; motivation: LetterLine; deadline: string }>;
  pending: { heading: string; text: string } | null;
  appeal: { heading: string; paragraphs: string[] };
  closing: string;
  /** The letter's date (the day of the latest decision), "YYYY-MM-DD". */
  date: string;
};

/**
 * What the decision letter says, from the decisions alone: the same decisions always give the
 * same letter. Every appeal deadline is computed from the day of notification.
 */
export function buildDecisionLetterContent(facts: DecisionLetterFacts, template: LetterTemplate): LetterContent {
  if (facts.decisions.length === 0) throw new Error('A decision letter needs at least one decision');
  const { labels, formatDate } = template;
  const date = facts.decisions.map((decision) => dayInStockholm(decision.decidedAt)).sort().at(-1)!;

  const services = facts.decisions.map((decision) => {
    const notified = notificationDay(decision)!;
    const deadline = formatDate(appealDeadlineOf(decision)!);
    const lines: LetterLine[] = [{ label: labels.outcome, value: template.outcomes[decision.outcome] }];
    if (decision.outcome !== 'DENIED') {
      if (decision.hoursPerMonth !== null) lines.push({ label: labels.scope, value: template.hoursPerMonth(decision.hoursPerMonth) });
      if (decision.validFrom) {
        lines.push({ label: labels.validFrom, value: formatDate(decision.validFrom) });
        lines.push({ label: labels.validTo, value: decision.validTo ? formatDate(decision.validTo) : template.untilFurtherNotice });
      }
    }
    lines.push({ label: labels.legalBasis, value: decision.legalCitation ?? template.noLegalBasis });
    if (decision.decidedBy) {
      const { name, title } = decision.decidedBy;
      lines.push({ label: labels.decidedBy, value: title ? `${name}, ${title.toLocaleLowerCase(template.lang)}` : name });
    }
    lines.push({ label: labels.notifiedOn, value: formatDate(notified) });
    lines.push({ label: labels.appealDeadline, value: deadline });
    return {
      heading: template.serviceNames[decision.serviceType],
      lines,
      motivation: { label: labels.motivation, value: decision.motivation },
      deadline,
    };
  });

  const pendingNames = facts.pendingServices.map((type) => template.serviceNames[type]);

  return {
    ...framedLetter(facts, template, template.title, date),
    introduction: template.introduction(facts.decisions.length),
    services,
    pending: pendingNames.length > 0 ? { heading: template.pendingHeading, text: template.pendingText(pendingNames) } : null,
    appeal: {
      heading: template.appeal.heading,
      paragraphs: template.appeal.paragraphs({
        unit: facts.unit,
        reference: facts.reference,
        deadlines: services.map((service) => ({ service: service.heading, deadline: service.deadline })),
      }),
    },
  };
}
