/** INVITED letter made, ACCEPTED said yes ("tackat ja"), DECLINED said no ("tackat nej"). */
export const INVITATION_STATUSES = ['INVITED', 'ACCEPTED', 'DECLINED'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export type InvitationAnswer = 'ACCEPTED' | 'DECLINED';

/**
 * What an answer changes. A person may change their mind (a "Nej tack" then a "Ja", or the other
 * way): the latest answer stands. The same answer again changes nothing, so a double click or a
 * second tab does not move the time of the answer.
 */
export function answerInvitation(
  current: { status: InvitationStatus; answeredAt: Date | null; declineReason: string | null },
  answer: InvitationAnswer,
  reason: string | null,
  now: Date,
): { status: InvitationStatus; answeredAt: Date | null; declineReason: string | null } {
  if (current.status === answer && (answer === 'ACCEPTED' || current.declineReason === reason)) return current;
  return { status: answer, answeredAt: now, declineReason: answer === 'DECLINED' ? reason : null };
}

/** An invitation session lasts this long after its last use ("sliding"): no time limit while choosing. */
export const INVITATION_SESSION_HOURS = 12;

/** The new end of a session used now. */
export function slidSessionExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITATION_SESSION_HOURS * 3_600_000);
}

/** The number the citizen pages and messages give for help with an invitation (Stockholm's contact centre). */
export const INVITATION_HELP_PHONE = '08-508 00 508';
