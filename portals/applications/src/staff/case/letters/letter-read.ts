import type { LetterRecipientInput } from '../../../generated/graphql.ts';

/** A letter of the case as a file (the PDF, base64). */
export type LetterFile = { fileName: string; contentBase64: string };

/**
 * Reads one letter of the case (decision, communicated investigation, home-visit invitation) for
 * a recipient; with `concerning`, it is a representative's copy ("Kopia till", "Ärendet gäller").
 * Null or undefined while the letter does not exist yet.
 */
export type LetterRead = (applicationId: string, recipient: LetterRecipientInput | null, concerning: string | null) => Promise<LetterFile | null | undefined>;
