import { currentLocale, markSessionEnded } from '@omsorg/ui';

/** What became of a population extract sent to /population-imports. */
export type ExtractUploadOutcome =
  /** Read: the run imports it in the background; follow it by its id. */
  | { kind: 'started'; runId: string }
  /** Refused with the service's own words (not CSV, columns missing, too large…); a run may record it. */
  | { kind: 'refused'; message: string; runId: string | null }
  | { kind: 'sessionEnded' }
  | { kind: 'failed' };

type Answer = { run?: { id: string }; error?: { message?: string }; errors?: Array<{ extensions?: { reason?: string } }> };

/**
 * Sends the extract to the gateway's /population-imports as its raw bytes, as attachments are
 * sent: the name percent-encoded in X-File-Name, X-Omsorg-Upload and application/octet-stream
 * for the gateway's CSRF check.
 */
export async function uploadExtract(file: File): Promise<ExtractUploadOutcome> {
  let response: Response;
  try {
    response = await fetch('/population-imports', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/octet-stream', 'x-omsorg-upload': '1', 'x-file-name': encodeURIComponent(file.name), 'accept-language': currentLocale() },
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
  if (response.status === 202 && answer.run) return { kind: 'started', runId: answer.run.id };
  if (answer.errors?.some((error) => error.extensions?.reason === 'SESSION_ENDED')) {
    markSessionEnded();
    return { kind: 'sessionEnded' };
  }
  const message = answer.error?.message;
  return response.status < 500 && message ? { kind: 'refused', message, runId: answer.run?.id ?? null } : { kind: 'failed' };
}
