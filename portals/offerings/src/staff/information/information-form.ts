import { requiredText } from '@omsorg/rules';
import { OFFERINGS_LIMITS, UNSAFE_LINK_MESSAGE, unsafeLinks } from '@omsorg/rules/offerings';
import { z } from 'zod';
import { ContentLanguage } from '../../generated/graphql.ts';

/** The order of the language tabs: Swedish first (always written), then plain Swedish. */
export const EDITOR_LANGUAGES: readonly ContentLanguage[] = [ContentLanguage.Sv, ContentLanguage.SvXEasy, ContentLanguage.Fi, ContentLanguage.En, ContentLanguage.Ar];

/** Safe text with the link rule the service checks on save (rules: only https: and paths in Omsorg). */
const safeText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .refine((value) => unsafeLinks(value).length === 0, UNSAFE_LINK_MESSAGE);

/**
 * One language's text. Swedish needs a title and a text; another language needs both too, or
 * nothing at all (which removes the translation): the same rule as the service's.
 */
export function pageTextSchema(language: ContentLanguage) {
  return z
    .object({ title: safeText(OFFERINGS_LIMITS.title), summary: safeText(OFFERINGS_LIMITS.summary), body: safeText(OFFERINGS_LIMITS.text) })
    .superRefine((value, context) => {
      const empty = !value.title && !value.summary && !value.body;
      if (empty && language !== ContentLanguage.Sv) return;
      const message = language === ContentLanguage.Sv ? 'errors.swedishRequired' : 'errors.titleAndBody';
      if (!value.title) context.addIssue({ code: 'custom', path: ['title'], message });
      if (!value.body) context.addIssue({ code: 'custom', path: ['body'], message });
    });
}

/** A new page: its address and its Swedish text. */
export const newPageSchema = z.object({
  slug: z
    .string()
    .trim()
    .min(1, { message: 'errors.slug', abort: true })
    .max(100, 'validation.tooLong')
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'errors.slug'),
  title: requiredText(OFFERINGS_LIMITS.title, 'errors.swedishRequired'),
  summary: safeText(OFFERINGS_LIMITS.summary),
  body: safeText(OFFERINGS_LIMITS.text).pipe(z.string().min(1, 'errors.swedishRequired')),
});
