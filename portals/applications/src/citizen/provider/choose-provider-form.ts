import { z } from 'zod';
import type { ChooseProviderInput } from '../../generated/graphql.ts';

/** "Välj utförare": one of the providers offered for this decision. */
export function chooseProviderSchema(offered: () => readonly string[]) {
  return z.object({
    providerId: z.string().refine((id) => offered().includes(id), 'chooseProvider.errors.providerMissing'),
  });
}

export function toChooseProviderInput(decisionId: string, values: z.output<ReturnType<typeof chooseProviderSchema>>): ChooseProviderInput {
  return { decisionId, providerId: values.providerId };
}

/** Language codes as one phrase in the reader's language: "svenska, arabiska och finska". */
export function languageList(codes: readonly string[], locale: string): string {
  return new Intl.ListFormat([locale, 'sv'], { type: 'conjunction' }).format(languageNames(codes, locale));
}

/** Language codes as names in the reader's language ("finska", "Finnish"), Swedish first, then the rest by name. */
export function languageNames(codes: readonly string[], locale: string): string[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale, 'sv'], { type: 'language' });
  } catch {
    names = null;
  }
  const named = codes.map((code) => ({ code, name: names?.of(code) ?? code }));
  return [...named.filter((entry) => entry.code === 'sv'), ...named.filter((entry) => entry.code !== 'sv').sort((a, b) => a.name.localeCompare(b.name, locale))].map(
    (entry) => entry.name,
  );
}
