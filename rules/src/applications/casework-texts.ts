import { z } from 'zod';

/** The note kept with a callback when it is done ("what the call was about"). */
export const CALLBACK_NOTE_MAX_LENGTH = 5_000;
/** Why a case goes to the weekly case review, and what the review concluded. */
export const CASE_REVIEW_TEXT_MAX_LENGTH = 5_000;

/** Text that must be written (trimmed), at most `max` characters; `missing` is the key when empty. */
function requiredText(max: number, missing: string) {
  return z.string().trim().min(1, { message: missing, abort: true }).max(max, 'validation.tooLong');
}

export const callbackNote = (missing = 'validation.required') => requiredText(CALLBACK_NOTE_MAX_LENGTH, missing);
export const caseReviewText = (missing = 'validation.required') => requiredText(CASE_REVIEW_TEXT_MAX_LENGTH, missing);
