export const FEEDBACK_TEXT_MAX_LENGTH = 10_000;

// Control characters other than tab and line feed: PostgreSQL rejects NUL in text, and the
// rest only make the text harder to read for the staff who handle it.
const CONTROL_CHARACTERS = /[^\P{Cc}\n\t]/gu;

/**
 * The text as it is stored and counted: one kind of line break, no control characters, no
 * surrounding white space. The length limit applies to the result.
 */
export function normaliseFeedbackText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '').trim();
}
