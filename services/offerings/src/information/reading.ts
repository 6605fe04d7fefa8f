import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '@omsorg/platform';
import { type ContentFacts, isPublished, mayReadContent } from '../domain/access.ts';
import { InformationPage } from '../entities/information-page.ts';

/** The facts the policy reads (the entity's dates may be undefined before they are loaded or set). */
export function contentFacts(page: InformationPage): ContentFacts {
  return { status: page.status, publishFrom: page.publishFrom ?? null, publishUntil: page.publishUntil ?? null };
}

/** Published and inside its dates, as a query: the same rule as isPublished (domain/access.ts). */
export function publishedWhere(now: Date): FilterQuery<InformationPage> {
  return {
    status: 'PUBLISHED',
    $and: [{ $or: [{ publishFrom: null }, { publishFrom: { $lte: now } }] }, { $or: [{ publishUntil: null }, { publishUntil: { $gt: now } }] }],
  };
}

/** The public list: published pages by position, then address. */
export async function publishedPages(context: RequestContext, page: { limit: number; offset: number }, now = new Date()): Promise<[InformationPage[], number]> {
  const [nodes, total] = await context.em.findAndCount(InformationPage, publishedWhere(now), { orderBy: { position: 'asc', slug: 'asc' }, limit: page.limit, offset: page.offset });
  // The policy has the last word on every row, whatever the query said.
  return [nodes.filter((node) => isPublished(contentFacts(node), now)), total];
}

/** One page by its address, if the actor may read it: published for everyone, drafts for editors. */
export async function readablePage(context: RequestContext, slug: string, now = new Date()): Promise<InformationPage | null> {
  const page = slug.length <= 100 ? await context.em.findOne(InformationPage, { slug }) : null;
  return page && mayReadContent(context.actor, contentFacts(page), now) ? page : null;
}
