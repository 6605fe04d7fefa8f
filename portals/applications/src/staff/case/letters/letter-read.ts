import type { LetterRecipientInput } from '../../../generated/graphql.ts';
import { staffLetterRecipient } from '../../shared/letter-recipient.ts';
import { useLetterDownload, type LetterFile } from '../../shared/useLetterDownload.ts';

/**
 * Reads one letter of the case (decision, communicated investigation, home-visit invitation) for
 * a recipient; with `concerning`, it is a representative's copy ("Kopia till", "Ärendet gäller").
 * Null or undefined while the letter does not exist yet.
 */
export type LetterRead = (applicationId: string, recipient: LetterRecipientInput | null, concerning: string | null) => Promise<LetterFile | null | undefined>;

/** The applicant's own letter: addressed to them from identity when asked for, and saved. */
export function useApplicantLetter(read: LetterRead) {
  return useLetterDownload(async (applicationId: string) => read(applicationId, await staffLetterRecipient(applicationId), null));
}
