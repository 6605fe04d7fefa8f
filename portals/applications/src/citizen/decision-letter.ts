/** The PDF bytes of a letter sent as base64 (line breaks and spaces tolerated). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A file name safe to save: the API's name, without path parts, ending in .pdf. */
export function letterFileName(name: string, fallback: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/\p{Cc}|["*:<>?|]/gu, '').trim() || fallback;
  return /\.pdf$/i.test(base) ? base : `${base}.pdf`;
}

/** Saves the letter through the browser's own download, as a file the person can keep. */
export function downloadPdf(base64: string, fileName: string): void {
  const blob = new Blob([base64ToBytes(base64)], { type: 'application/pdf' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
