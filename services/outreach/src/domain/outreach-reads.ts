/**
 * What a member of staff read of a person's data in outreach, as written to the access log
 * (`logAccess`'s resource) and shown to the person on "Mina uppgifter" (schema/openings.ts).
 * Every staff read of a person's data in this service logs one of these.
 */
export const OUTREACH_READS = {
  /** Their row in a campaign's cohort list (name, birth date, district, address). */
  COHORT: 'cohort-member',
  /** Found when staff searched for someone to book for. */
  RESIDENT: 'resident',
  /** Their booked conversation, in a worker's day or week view or the list of whom to phone. */
  BOOKING: 'booking',
  /** The record of their health conversation. */
  CONVERSATION: 'health-conversation',
  /** A letter to them in the list of letters to post, or its print file. */
  LETTER: 'outgoing-letter',
  /** Their invitation letter in a campaign's print file. */
  INVITATION_LETTER: 'invitation-letter',
} as const;

export type OutreachRead = keyof typeof OUTREACH_READS;

/** The read a logged resource names; an unknown one (written by an older version) shows as the person's data in general. */
export function outreachReadOf(resource: string): OutreachRead {
  const found = (Object.keys(OUTREACH_READS) as OutreachRead[]).find((key) => OUTREACH_READS[key] === resource);
  return found ?? 'RESIDENT';
}
