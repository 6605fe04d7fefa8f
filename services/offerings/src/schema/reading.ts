import type { RequestContext } from '@omsorg/platform';
import type { ContentLanguage } from '@omsorg/rules/offerings';
import { mayEditOfferings } from '../domain/access.ts';
import { contentLanguage } from './localized.ts';

/**
 * The language a public read asked for (its `language` argument), kept for the request so that
 * every text below the root field answers in it; without one, the request's locale.
 */
const asked = new WeakMap<RequestContext, ContentLanguage>();

export function readIn(context: RequestContext, language: ContentLanguage | null | undefined): ContentLanguage {
  const chosen = contentLanguage(context, language);
  if (language) asked.set(context, language);
  return chosen;
}

export function readingLanguage(context: RequestContext): ContentLanguage {
  return contentLanguage(context, asked.get(context));
}

/** Public reads show drafts only to the editors (their preview). */
export function readOptions(context: RequestContext, includeDrafts = false) {
  return { now: new Date(), readerLanguage: readingLanguage(context), includeDrafts: includeDrafts && mayEditOfferings(context.actor) };
}
