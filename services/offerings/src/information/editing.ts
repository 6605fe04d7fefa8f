import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { accessDenied, ConflictFailure, isUuid, NotFoundFailure, ValidationFailure, type RequestContext, type StaffActor } from '@omsorg/platform';
import type { ContentLanguage, InformationTopic } from '@omsorg/rules/offerings';
import { mayEditOfferings } from '../domain/access.ts';
import { type ContentAction, recordContentChange } from '../editor/history.ts';
import { InformationPage, type InformationTexts } from '../entities/information-page.ts';
import { type Issue, linkIssues, publishWindow, SLUG, textsToSave, withLanguage } from './rules.ts';

/** The editor asking: staff with the activities role (mayEditOfferings), else FORBIDDEN or UNAUTHENTICATED. */
export function editorActor(context: RequestContext): StaffActor {
  const actor = context.actor;
  if (actor.kind !== 'staff' || !mayEditOfferings(actor)) throw accessDenied(context);
  return actor;
}

/** ValidationError with the message keys in the reader's language. */
export function invalid(context: RequestContext, issues: Issue[]): ValidationFailure {
  return new ValidationFailure(context.t('validation.summary'), issues.map((issue) => ({ field: issue.field, message: context.t(issue.message) })));
}

/**
 * One change to a page in one transaction: the page locked, its version checked (ConflictError
 * when another save came first), the change applied, the version bumped and the history written.
 */
async function changePage(
  context: RequestContext,
  input: { id: string; version: number },
  change: (page: InformationPage) => { action: ContentAction; fields: string[] } | Issue[],
): Promise<InformationPage> {
  const actor = editorActor(context);
  return context.em.transactional(async (em) => {
    const page = isUuid(input.id) ? await em.findOne(InformationPage, { id: input.id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!page) throw new NotFoundFailure(context.t('information.notFound'));
    if (page.version !== input.version) throw new ConflictFailure(context.t('information.conflict'), page.version);
    const outcome = change(page);
    if (Array.isArray(outcome)) throw invalid(context, outcome);
    page.version += 1;
    recordContentChange(em as EntityManager, { kind: 'INFORMATION_PAGE', id: page.id, action: outcome.action, fields: outcome.fields, staffId: actor.staffId });
    return page;
  });
}

export type NewPage = { slug: string; topic: InformationTopic | null; position: number } & InformationTexts;

/** A new page, a draft with its Swedish text. */
export async function createInformationPage(context: RequestContext, input: NewPage): Promise<InformationPage> {
  const actor = editorActor(context);
  const texts = { title: input.title, summary: input.summary, body: input.body };
  const issues = [...(SLUG.test(input.slug) ? [] : [{ field: 'slug', message: 'information.slug' }]), ...textsToSave('sv', texts).issues];
  if (!issues.length && (await context.em.count(InformationPage, { slug: input.slug })) > 0) issues.push({ field: 'slug', message: 'information.slugTaken' });
  if (issues.length) throw invalid(context, issues);
  return context.em.transactional(async (em) => {
    const page = em.create(InformationPage, { slug: input.slug, topic: input.topic, position: input.position, texts: { sv: texts }, status: 'DRAFT' });
    await em.flush();
    recordContentChange(em as EntityManager, { kind: 'INFORMATION_PAGE', id: page.id, action: 'CREATED', fields: ['slug', 'sv:title', 'sv:summary', 'sv:body'], staffId: actor.staffId });
    return page;
  });
}

/** One language's title, summary and text; all three empty removes a translation (never Swedish). */
export function saveInformationPageText(context: RequestContext, input: { id: string; version: number; language: ContentLanguage } & InformationTexts): Promise<InformationPage> {
  return changePage(context, input, (page) => {
    const { issues, value } = textsToSave(input.language, { title: input.title, summary: input.summary, body: input.body });
    if (issues.length) return issues;
    const { texts, changed } = withLanguage(page.texts, input.language, value);
    page.texts = texts;
    return { action: 'EDITED', fields: changed };
  });
}

/** Publishes a page, from and until the days given (Stockholm time; none: from now, until unpublished). */
export function publishInformationPage(context: RequestContext, input: { id: string; version: number; publishFrom: string | null; publishUntil: string | null }): Promise<InformationPage> {
  return changePage(context, input, (page) => {
    const window = publishWindow(input.publishFrom, input.publishUntil);
    // A page published with a bad link saved before the rule existed would show it as typed; refuse that too.
    const issues = [...window.issues, ...linkIssues(page.texts.sv)];
    if (issues.length) return issues;
    page.status = 'PUBLISHED';
    page.publishFrom = window.publishFrom;
    page.publishUntil = window.publishUntil;
    return { action: 'PUBLISHED', fields: ['status', 'publishFrom', 'publishUntil'] };
  });
}

/** Takes a page off the public list; it stays as a draft for the editors. */
export function unpublishInformationPage(context: RequestContext, input: { id: string; version: number }): Promise<InformationPage> {
  return changePage(context, input, (page) => {
    page.status = 'DRAFT';
    return { action: 'UNPUBLISHED', fields: ['status'] };
  });
}
