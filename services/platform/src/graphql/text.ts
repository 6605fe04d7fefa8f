import { z } from 'zod';

/** No string argument or variable may be longer than this, whatever its field says. */
export const GLOBAL_TEXT_MAX_LENGTH = 20_000;

// C0 and C1 control characters (tab, line feed and carriage return are decided separately),
// bidirectional embeddings, overrides and isolates (they make text read backwards to staff),
// and UTF-16 surrogates that are not part of a pair (PostgreSQL cannot store them).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const LINE_BREAK_OR_TAB = /[\t\n\r]/u;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * True when the text holds a character no free-text field accepts: NUL and other control
 * characters (tab and line breaks only when `multiline`), a lone surrogate or a bidirectional
 * override. Used by `text()` and by the subgraph server's safety net.
 */
export function hasForbiddenCharacters(value: string, options: { multiline?: boolean } = {}): boolean {
  return (
    CONTROL.test(value) ||
    (!options.multiline && LINE_BREAK_OR_TAB.test(value)) ||
    BIDI_CONTROL.test(value) ||
    LONE_SURROGATE.test(value)
  );
}

export type TextOptions = {
  /** Maximum length in characters, after trimming and normalising. */
  max: number;
  /** Minimum length; 1 or more makes the field required ("Fyll i det här fältet"). */
  min?: number;
  /** Allows line breaks and tabs (a text area); CRLF and CR become LF. */
  multiline?: boolean;
  /** The message key when the text is too long (default validation.tooLong). */
  tooLong?: string;
  /** Keep surrounding white space (default: trimmed). */
  keepWhitespace?: boolean;
};

/**
 * The one schema for free text from users: rejects control characters, lone surrogates and
 * bidirectional overrides with 'validation.invalidCharacters', normalises to NFC, trims, and
 * enforces a maximum length. Every free-text argument and input field uses it.
 */
export function text(options: TextOptions) {
  return z
    .string()
    .refine((value) => !hasForbiddenCharacters(value, { multiline: options.multiline }), {
      message: 'validation.invalidCharacters',
      abort: true,
    })
    .transform((value) => {
      const normalised = (options.multiline ? value.replace(/\r\n?/g, '\n') : value).normalize('NFC');
      return options.keepWhitespace ? normalised : normalised.trim();
    })
    .pipe(
      z
        .string()
        .min(options.min ?? 0)
        .max(options.max, options.tooLong),
    );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when the value is a UUID as PostgreSQL reads one (any version); ids from clients that are not name nothing. */
export function isUuid(value: string | null | undefined): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** An id argument or input field: a UUID, else 'validation.invalidId' (never a server error). */
export const idSchema = z.string().regex(UUID, 'validation.invalidId');

/** The longest short structured value typed by hand: a date, a week, a code. */
export const SHORT_TEXT_MAX_LENGTH = 64;

/** A date ("2026-12-01"), a week, a quarter or a code: the text rules, at most 64 characters. */
export function shortText() {
  return text({ max: SHORT_TEXT_MAX_LENGTH });
}
