import { graphqlRequest } from '@omsorg/ui';
import { StaffLetterRecipientDocument, type LetterRecipientInput } from '../../generated/graphql.ts';

/**
 * The applicant's name and postal address for the window of a letter to post, from identity.
 * Null when the case is gone; without an address the letter has the name only.
 */
export async function staffLetterRecipient(applicationId: string): Promise<LetterRecipientInput | null> {
  const { application } = await graphqlRequest(StaffLetterRecipientDocument, { id: applicationId });
  const applicant = application?.applicant;
  if (!applicant) return null;
  const address = applicant.postalAddress;
  return { name: applicant.fullName, addressLines: address ? [address.street, `${address.postalCode} ${address.town}`] : [] };
}
