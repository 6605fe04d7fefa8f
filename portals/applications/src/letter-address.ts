import type { LetterRecipientInput } from './generated/graphql.ts';

/** A postal address as identity gives it (Person.postalAddress). */
export type PostalAddress = { street: string; postalCode: string; town: string };

/**
 * A name and postal address as the window of a letter prints them (street; postal code and town),
 * for the citizen's and the staff's letters alike; no address lines when identity has none, and
 * the letter then says the address is missing.
 */
export function letterRecipientOf(name: string, address: PostalAddress | null | undefined): LetterRecipientInput {
  return { name, addressLines: address ? [address.street, `${address.postalCode} ${address.town}`] : [] };
}
