import { currentLocale, markSessionEnded } from '@omsorg/ui';
import type { AttachmentPurpose } from '../generated/graphql.ts';

/** What became of one file sent to /attachments. */
export type UploadOutcome =
  | { kind: 'uploaded'; id: string }
  /** Refused with the service's own words (not what its name says, too large, too many…). */
  | { kind: 'refused'; message: string }
  /** Signed out meanwhile: the shell says so once for the page. */
  | { kind: 'sessionEnded' }
  | { kind: 'failed' };

type Answer = { attachment?: { id: string }; error?: { message?: string }; errors?: Array<{ message?: string; extensions?: { reason?: string } }> };

/**
 * Sends one file to the gateway's /attachments as its raw bytes. The name travels percent-encoded
 * in X-File-Name (never in the address, which ends up in logs); X-Omsorg-Upload and the
 * application/octet-stream type are what the gateway's CSRF check asks for.
 */
export async function uploadAttachment(applicationId: string, purpose: AttachmentPurpose, file: File): Promise<UploadOutcome> {
  let response: Response;
  try {
    response = await fetch(`/attachments?applicationId=${encodeURIComponent(applicationId)}&purpose=${purpose}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/octet-stream',
        'x-omsorg-upload': '1',
        'x-file-name': encodeURIComponent(file.name),
        'accept-language': currentLocale(),
      },
      body: file,
    });
  } catch {
    return { kind: 'failed' };
  }
  let answer: Answer;
  try {
    answer = (await response.json()) as Answer;
  } catch {
    return { kind: 'failed' };
  }
  if (response.ok && answer.attachment) return { kind: 'uploaded', id: answer.attachment.id };
  if (answer.errors?.some((error) => error.extensions?.reason === 'SESSION_ENDED')) {
    markSessionEnded();
    return { kind: 'sessionEnded' };
  }
  const message = answer.error?.message;
  return response.status < 500 && message ? { kind: 'refused', message } : { kind: 'failed' };
}

const sizeFormats = new Map<string, { kb: Intl.NumberFormat; mb: Intl.NumberFormat }>();

/** "120 kB", "2,4 MB", in the reader's language; formatters made once per language. */
export function formatFileSize(bytes: number, locale: string): string {
  let formats = sizeFormats.get(locale);
  if (!formats) {
    formats = {
      kb: new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }),
      mb: new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }),
    };
    sizeFormats.set(locale, formats);
  }
  return bytes < 1024 * 1024 ? formats.kb.format(Math.max(1, Math.ceil(bytes / 1024))) : formats.mb.format(bytes / (1024 * 1024));
}
