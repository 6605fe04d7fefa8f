import { addDaysTo } from '@omsorg/rules/swedish-calendar';
import { clockInStockholm, instantInStockholm } from '@omsorg/rules';
import { UNSAFE_LINK_MESSAGE, unsafeLinks, type ContentLanguage, type Translated } from '@omsorg/rules/offerings';
import type { InformationTexts } from '../entities/information-page.ts';

/** A page's address under /information: lower-case a–z, digits and single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type Issue = { field: string; message: string };

/** The link rule on every text of a page: only https: and paths in Omsorg (docs/OFFERINGS.md "Safe text"). */
export function linkIssues(texts: Partial<InformationTexts>): Issue[] {
  return (['title', 'summary', 'body'] as const).filter((field) => unsafeLinks(texts[field] ?? '').length > 0).map((field) => ({ field, message: UNSAFE_LINK_MESSAGE }));
}

/**
 * A language's texts as the editor saves them: Swedish needs a title and a text; another language
 * needs both too, or all three empty, which removes that translation (`null`).
 */
export function textsToSave(language: ContentLanguage, texts: InformationTexts): { issues: Issue[]; value: InformationTexts | null } {
  const empty = !texts.title && !texts.summary && !texts.body;
  if (empty && language !== 'sv') return { issues: [], value: null };
  const issues: Issue[] = [];
  if (!texts.title) issues.push({ field: 'title', message: language === 'sv' ? 'information.swedishRequired' : 'information.titleAndBody' });
  if (!texts.body) issues.push({ field: 'body', message: language === 'sv' ? 'information.swedishRequired' : 'information.titleAndBody' });
  issues.push(...linkIssues(texts));
  return { issues, value: issues.length ? null : texts };
}

/** The texts with one language set or (null) removed, and the changed fields for the history ("fi:title"). */
export function withLanguage(
  texts: Translated<InformationTexts>,
  language: ContentLanguage,
  value: InformationTexts | null,
): { texts: Translated<InformationTexts>; changed: string[] } {
  const before = texts[language];
  const next = { ...texts } as Translated<InformationTexts> & Record<string, InformationTexts | undefined>;
  if (value) next[language] = value;
  else delete next[language];
  const changed = (['title', 'summary', 'body'] as const).filter((field) => (before?.[field] ?? '') !== (value?.[field] ?? '')).map((field) => `${language}:${field}`);
  return { texts: next, changed };
}

/** The languages a page is written in, Swedish first. */
export function writtenLanguages(texts: Translated<InformationTexts>, order: readonly ContentLanguage[]): ContentLanguage[] {
  return order.filter((language) => texts[language] !== undefined);
}

/**
 * Publishing days, Stockholm time: from the start of `from` to the end of `until` (both optional).
 * Null dates mean "from now" and "until unpublished".
 */
export function publishWindow(from: string | null, until: string | null): { issues: Issue[]; publishFrom: Date | null; publishUntil: Date | null } {
  if (from && until && until < from) return { issues: [{ field: 'publishUntil', message: 'information.untilBeforeFrom' }], publishFrom: null, publishUntil: null };
  return {
    issues: [],
    publishFrom: from ? instantInStockholm(from, '00:00') : null,
    publishUntil: until ? instantInStockholm(addDaysTo(until, 1), '00:00') : null,
  };
}

/** The days of a publish window again, as the editor shows them (the last day inclusive). */
export function publishDays(page: { publishFrom?: Date | null; publishUntil?: Date | null }): { from: string | null; until: string | null } {
  return {
    from: page.publishFrom ? clockInStockholm(page.publishFrom).day : null,
    until: page.publishUntil ? clockInStockholm(new Date(page.publishUntil.getTime() - 1)).day : null,
  };
}
