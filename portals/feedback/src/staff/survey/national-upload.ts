import { currentLocale, markSessionEnded } from '@omsorg/ui';

/** What became of a national results file sent to /survey-national-results. */
export type NationalUploadOutcome =
  | { kind: 'imported'; count: number }
  /** Refused with the service's words, each wrong line named. */
  | { kind: 'refused'; message: string; problems: Array<{ line: number; message: string }> }
  | { kind: 'sessionEnded' }
  | { kind: 'failed' };

type Answer = {
  imported?: number;
  error?: { message?: string };
  problems?: Array<{ line: number; message: string }>;
  errors?: Array<{ extensions?: { reason?: string } }>;
};

/** Sends the file as its raw bytes, as the population extract is sent (the gateway's upload checks). */
export async function uploadNationalResults(file: File): Promise<NationalUploadOutcome> {
  let response: Response;
  let answer: Answer;
  try {
    response = await fetch('/survey-national-results', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/octet-stream', 'x-omsorg-upload': '1', 'x-file-name': encodeURIComponent(file.name), 'accept-language': currentLocale() },
      body: file,
    });
    answer = (await response.json()) as Answer;
  } catch {
    return { kind: 'failed' };
  }
  if (response.ok && typeof answer.imported === 'number') return { kind: 'imported', count: answer.imported };
  if (answer.errors?.some((error) => error.extensions?.reason === 'SESSION_ENDED')) {
    markSessionEnded();
    return { kind: 'sessionEnded' };
  }
  const message = answer.error?.message;
  return response.status < 500 && message ? { kind: 'refused', message, problems: answer.problems ?? [] } : { kind: 'failed' };
}
