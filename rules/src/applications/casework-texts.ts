import { requiredText } from '../text.ts';

// How long what a caseworker writes may be, in characters after trimming: the applications
// service refuses longer text, the staff forms say so before sending.

/** The note kept with a callback when it is done ("what the call was about"). */
export const CALLBACK_NOTE_MAX_LENGTH = 5_000;
/** Why a case goes to the weekly case review, and what the review concluded. */
export const CASE_REVIEW_TEXT_MAX_LENGTH = 5_000;
/** Each text of the investigation (a life area's parts, a service's description) and a recorded response. */
export const INVESTIGATION_TEXT_MAX_LENGTH = 10_000;
/** Where the home visit takes place. */
export const HOME_VISIT_PLACE_MAX_LENGTH = 200;
/** An appeal that came on paper, as registered. */
export const REGISTERED_APPEAL_TEXT_MAX_LENGTH = 20_000;
/** What the court said, in short. */
export const COURT_NOTE_MAX_LENGTH = 5_000;
/** The goals in an order to the provider. */
export const ORDER_GOALS_MAX_LENGTH = 10_000;
/** What the follow-up found. */
export const FOLLOW_UP_NOTE_MAX_LENGTH = 10_000;

export const callbackNote = (missing = 'validation.required') => requiredText(CALLBACK_NOTE_MAX_LENGTH, missing);
export const caseReviewText = (missing = 'validation.required') => requiredText(CASE_REVIEW_TEXT_MAX_LENGTH, missing);
