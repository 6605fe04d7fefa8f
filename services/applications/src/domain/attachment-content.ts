/*
 * What an uploaded file is, decided by its content (the first bytes), never by its name or the
 * type the browser claims. Only PDF, JPEG and PNG are accepted: what a certificate, a power of
 * attorney or a scanned letter is, and what every reader opens without running anything.
 */

export const ATTACHMENT_TYPES = {
  'application/pdf': { extensions: ['pdf'] },
  'image/jpeg': { extensions: ['jpg', 'jpeg'] },
  'image/png': { extensions: ['png'] },
} as const;

export type AttachmentContentType = keyof typeof ATTACHMENT_TYPES;

/** The longest file name kept; longer names are refused (a person can rename the file). */
export const ATTACHMENT_NAME_MAX_LENGTH = 200;

/** The default largest file: ATTACHMENT_MAX_BYTES overrides it. */
export const DEFAULT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

const SIGNATURES: ReadonlyArray<{ type: AttachmentContentType; bytes: readonly number[] }> = [
  // "%PDF-"
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  // SOI followed by the start of the next marker
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/** The type the content is, by its magic bytes; null for anything but PDF, JPEG and PNG. */
export function detectContentType(content: Uint8Array): AttachmentContentType | null {
  for (const signature of SIGNATURES) {
    if (content.length >= signature.bytes.length && signature.bytes.every((byte, index) => content[index] === byte)) return signature.type;
  }
  return null;
}

/** The extension of a file name, lower case, or '' when it has none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

export type AttachmentRefusal =
  /** No bytes at all. */
  | 'EMPTY'
  /** Larger than the limit. */
  | 'TOO_LARGE'
  /** No usable name: empty, too long, or with control or path characters. */
  | 'BAD_NAME'
  /** The content is not PDF, JPEG or PNG. */
  | 'UNSUPPORTED_TYPE'
  /** The content is one of the three, but not the one the name says (a PNG called intyg.pdf). */
  | 'NAME_MISMATCH';

// Control characters, path separators and bidirectional overrides never belong in a shown name.
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME = /[\u0000-\u001f\u007f/\\\u202a-\u202e\u2066-\u2069]/;

/** Whether a file name can be kept and shown as it is. */
export function isSafeFileName(fileName: string): boolean {
  const trimmed = fileName.trim();
  return trimmed.length > 0 && trimmed.length <= ATTACHMENT_NAME_MAX_LENGTH && !UNSAFE_NAME.test(trimmed) && trimmed !== '.' && trimmed !== '..';
}

/**
 * Why a file may not be attached, or null with its type when it may: the size first (so a huge
 * file is refused before its content is judged), then the name, then the content against the name.
 */
export function judgeAttachment(
  fileName: string,
  size: number,
  head: Uint8Array,
  maxBytes: number,
): { refusal: AttachmentRefusal } | { refusal: null; contentType: AttachmentContentType } {
  if (size > maxBytes) return { refusal: 'TOO_LARGE' };
  if (size === 0) return { refusal: 'EMPTY' };
  if (!isSafeFileName(fileName)) return { refusal: 'BAD_NAME' };
  const contentType = detectContentType(head);
  if (!contentType) return { refusal: 'UNSUPPORTED_TYPE' };
  if (!(ATTACHMENT_TYPES[contentType].extensions as readonly string[]).includes(extensionOf(fileName))) return { refusal: 'NAME_MISMATCH' };
  return { refusal: null, contentType };
}

/** ATTACHMENT_MAX_BYTES (a whole number of bytes), else 10 MB; a malformed value stops start-up. */
export function attachmentMaxBytes(env: Record<string, string | undefined> = process.env): number {
  const raw = env.ATTACHMENT_MAX_BYTES?.trim();
  if (!raw) return DEFAULT_ATTACHMENT_MAX_BYTES;
  if (!/^\d+$/.test(raw) || Number(raw) === 0) throw new Error(`ATTACHMENT_MAX_BYTES must be a positive whole number of bytes, not "${raw}"`);
  return Number(raw);
}

