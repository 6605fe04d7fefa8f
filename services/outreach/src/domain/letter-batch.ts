/*
 * Letter batches ("utskick"): one print file of invitation or reminder letters for a campaign's
 * cohort, made by a background job. Pure parts: kinds, statuses, the reminder's due date and the
 * print file's name.
 */

export const LETTER_BATCH_KINDS = ['INVITATION', 'REMINDER'] as const;
export type LetterBatchKind = (typeof LETTER_BATCH_KINDS)[number];

export const LETTER_BATCH_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type LetterBatchStatus = (typeof LETTER_BATCH_STATUSES)[number];

/** A batch that is not finished: a campaign has at most one (a partial unique index says so too). */
export const UNFINISHED_BATCH_STATUSES = ['QUEUED', 'RUNNING'] as const satisfies readonly LetterBatchStatus[];

/** How many weeks a campaign may wait before reminding: 1..52; null for no automatic reminder. */
export const REMINDER_WEEKS_MIN = 1;
export const REMINDER_WEEKS_MAX = 52;

export function isValidReminderWeeks(weeks: number | null | undefined): boolean {
  return weeks == null || (Number.isInteger(weeks) && weeks >= REMINDER_WEEKS_MIN && weeks <= REMINDER_WEEKS_MAX);
}

/**
 * The latest `invitedAt` that is due for a reminder `weeks` after it at `now`: invitations made at
 * or before it and still unanswered get the reminder letter.
 */
export function reminderCutoff(now: Date, weeks: number): Date {
  return new Date(now.getTime() - weeks * 7 * 24 * 3600 * 1000);
}

/**
 * The print file's name: "inbjudningar-<campaign>-<YYYY-MM-DD>.pdf" ("paminnelser-…" for a
 * reminder), the campaign's name in lower case with anything but letters and digits as hyphens.
 */
export function letterBatchFileName(kind: LetterBatchKind, campaignName: string, day: string): string {
  const name = campaignName
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${kind === 'REMINDER' ? 'paminnelser' : 'inbjudningar'}-${name || 'kampanj'}-${day}.pdf`;
}
