import { graphqlRequest } from '@omsorg/ui';
import { StaffLetterRecipientDocument, StaffRepresentativeLetterRecipientDocument, type LetterRecipientInput } from '../../generated/graphql.ts';
import { letterRecipientOf } from '../../letter-address.ts';


/**
 * The applicant's name and postal address for the window of a letter to post, from identity.
 * Null when the case is gone; without an address the letter has the name only.
 */
export async function staffLetterRecipient(applicationId: string): Promise<LetterRecipientInput | null> {
  const { application } = await graphqlRequest(StaffLetterRecipientDocument, { id: applicationId });
  const applicant = application?.applicant;
  if (!applicant) return null;
  return letterRecipientOf(applicant.fullName, applicant.postalAddress);
}

/** A representative's copy: to them, in the window, saying whose case it is. */
export type RepresentativeCopy = { recipient: LetterRecipientInput; concerning: string };

/**
 * The representative's name and postal address from identity (the read is logged where they see
 * it), and the person whose case it is. Null when the case or the representation is gone.
 */
export async function staffRepresentativeRecipient(applicationId: string, representationId: string): Promise<RepresentativeCopy | null> {
  const { application } = await graphqlRequest(StaffRepresentativeLetterRecipientDocument, { id: applicationId, representation: representationId });
  const applicant = application?.applicant;
  const representation = applicant?.representatives[0];
  if (!applicant || !representation) return null;
  return { recipient: letterRecipientOf(representation.representativeName, representation.representativePostalAddress), concerning: applicant.fullName };
}
