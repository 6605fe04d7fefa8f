import { describe, expect, it } from 'vitest';
import { ContentLanguage } from '../../generated/graphql.ts';
import { newPageSchema, pageTextSchema } from './information-form.ts';

const messages = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('the information page forms', () => {
  it('refuse a link that is not https: or a path, as the service does', () => {
    expect(messages(pageTextSchema(ContentLanguage.Fi).safeParse({ title: 'Otsikko', summary: '', body: '[x](javascript:alert(1))' }))).toEqual(['body: validation.safeText.link']);
    expect(pageTextSchema(ContentLanguage.Fi).safeParse({ title: 'Otsikko', summary: '', body: '[x](https://www.digg.se) [y](/synpunkter)' }).success).toBe(true);
  });

  it('need Swedish, and take a translation whole or not at all', () => {
    expect(messages(pageTextSchema(ContentLanguage.Sv).safeParse({ title: '', summary: '', body: '' }))).toEqual(['title: errors.swedishRequired', 'body: errors.swedishRequired']);
    expect(pageTextSchema(ContentLanguage.Ar).safeParse({ title: '', summary: '', body: '' }).success).toBe(true);
    expect(messages(pageTextSchema(ContentLanguage.Ar).safeParse({ title: 'عنوان', summary: '', body: '' }))).toEqual(['body: errors.titleAndBody']);
  });

  it('take an address of a–z, digits and hyphens only', () => {
    expect(newPageSchema.safeParse({ slug: 'ny-sida-2', title: 'Ny sida', summary: '', body: 'Text.' }).success).toBe(true);
    expect(messages(newPageSchema.safeParse({ slug: 'Ny sida', title: 'Ny sida', summary: '', body: 'Text.' }))).toEqual(['slug: errors.slug']);
  });
});
