import { currentLocale } from '@omsorg/ui';

/** What became of asking for the print file. */
export type PrintFile = { kind: 'file'; blob: Blob; fileName: string } | { kind: 'refused'; message: string } | { kind: 'failed' };

/**
 * Fetches the one PDF of the unit's unprinted letters up to `upTo` from the gateway's
 * /outreach-letters/print (the session cookie goes along; GET, so no CSRF header is needed).
 */
export async function fetchPrintFile(upTo: string): Promise<PrintFile> {
  let response: Response;
  try {
    response = await fetch(`/outreach-letters/print?upTo=${encodeURIComponent(upTo)}`, {
      credentials: 'same-origin',
      headers: { 'accept-language': currentLocale() },
    });
  } catch {
    return { kind: 'failed' };
  }
  if (response.ok) {
    const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'brev-att-skicka.pdf';
    return { kind: 'file', blob: await response.blob(), fileName: name };
  }
  try {
    const answer = (await response.json()) as { error?: { message?: string } };
    return response.status < 500 && answer.error?.message ? { kind: 'refused', message: answer.error.message } : { kind: 'failed' };
  } catch {
    return { kind: 'failed' };
  }
}
