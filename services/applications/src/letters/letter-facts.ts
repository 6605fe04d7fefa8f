import type { EntityManager } from '@mikro-orm/postgresql';
import { byServiceTypeOrder } from '../domain/service-types.ts';
import type { Application } from '../entities/application.ts';
import { RequestedService } from '../entities/requested-service.ts';
import { StaffMember } from '../entities/staff-member.ts';
import type { DecisionLetterFile } from './decision-letter.ts';
import type { LetterAddressing, LetterRecipient } from './letter-frame.ts';
import { letterLanguageOf, type LetterLanguage } from './templates.ts';

/** Whom a letter goes to, as the caller knows it from identity (the Person's name and postal address). */
export type LetterRequest = {
  recipient: LetterRecipient | null;
  /** A representative's copy: the letter names whose case it is, from the case itself. */
  copy?: boolean;
  /** A language other than the case's, e.g. Swedish beside a Finnish letter. */
  language?: string | null;
};

export type StaffCard = { name: string; title: string | null; phone: string | null };

/** Name, title and direct phone of staff members, from the staff projection identity feeds. */
export async function staffCards(em: EntityManager, ids: Array<string | null | undefined>): Promise<Map<string, StaffCard>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const members = await em.find(StaffMember, { id: { $in: wanted } });
  return new Map(members.flatMap((member) => (member.name ? [[member.id, { name: member.name, title: member.title ?? null, phone: member.phone ?? null }] as const] : [])));
}

/** The application's requested services in the order letters list them (SERVICE_TYPES). */
export async function requestedServicesInOrder(em: EntityManager, application: Application): Promise<RequestedService[]> {
  const services = await em.find(RequestedService, { application: application.id });
  return services.sort((a, b) => byServiceTypeOrder(a.serviceType, b.serviceType));
}

/** Sender, recipient, copy and caseworker of a letter in this case. */
export async function letterAddressing(em: EntityManager, application: Application, request: LetterRequest): Promise<LetterAddressing> {
  const cards = await staffCards(em, [application.assigneeId]);
  const caseworker = application.assigneeId ? cards.get(application.assigneeId) : undefined;
  return {
    unit: application.unit,
    reference: application.reference ?? null,
    recipient: request.recipient,
    copy: request.copy ?? false,
    // Whose case it is comes from the case, so no caller can put words of its own into the letter.
    concerning: request.copy ? application.applicantName?.trim() || null : null,
    caseworker: caseworker ? { name: caseworker.name, phone: caseworker.phone } : null,
  };
}

/**
 * The letter's language: the one asked for, else the application's language (preset from the
 * person's preferred language in identity), when letters are written in it; else Swedish.
 */
export function letterLanguage(application: Application, request: LetterRequest): LetterLanguage {
  return letterLanguageOf(request.language ?? application.answers.language);
}

/**
 * A rendered letter as a file named in its language ("beslut-ANS-2026-000042.pdf", in Finnish
 * "paatos-…"): `stems` has a name for every letter language, so a new language cannot fall back
 * to the Swedish one unnoticed.
 */
export function letterFile(stems: Record<LetterLanguage, string>, application: Application, language: LetterLanguage, pdf: Buffer): DecisionLetterFile {
  return { fileName: `${stems[language]}-${application.reference ?? application.id}.pdf`, contentBase64: pdf.toString('base64'), language };
}
