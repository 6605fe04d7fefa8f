/**
 * Safe text (docs/OFFERINGS.md "Safe text"): the small markup staff write pages and descriptions
 * in. This is the part the service and the portal both need: what a link is, and which link
 * targets are allowed. The portal's renderer (portals/offerings/src/shared/safe-text.ts) builds on
 * it; the service refuses a text with a link it would not render (`unsafeLinks`).
 */

/**
 * `[words](target)`: words without brackets or line breaks, a target up to the first `)` or
 * space. A target with a `(` in it (`javascript:alert(1)`) is still found, so it can be refused.
 */
const LINK = /\[([^[\]\n]{1,500})\]\(([^\s)]{0,2000})\)/g;

/** https: with a host, or a path in Omsorg: "/" and not "//" or "/\" (a browser reads those as another host). */
const HTTPS = /^https:\/\/[^\s/?#\\@]+(?:[/?#][^\s\\]*)?$/i;
const PATH = /^\/(?![/\\])[^\s\\]*$/;

/** True for a link target the page may show as a link: https: or a path starting with one "/". */
export function isSafeLinkTarget(target: string): boolean {
  return HTTPS.test(target) || PATH.test(target);
}

export type SafeTextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

/**
 * One line's text and links, in order. A link whose target is not allowed stays text, exactly
 * as typed, so nothing a stranger could inject ever becomes a link.
 */
export function splitLinks(line: string): SafeTextPart[] {
  const parts: SafeTextPart[] = [];
  let rest = 0;
  const push = (text: string) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last?.kind === 'text') last.text += text;
    else parts.push({ kind: 'text', text });
  };
  for (const match of line.matchAll(LINK)) {
    const [whole, words = '', target = ''] = match;
    push(line.slice(rest, match.index));
    if (isSafeLinkTarget(target) && words.trim()) parts.push({ kind: 'link', text: words, href: target });
    else push(whole);
    rest = match.index + whole.length;
  }
  push(line.slice(rest));
  return parts;
}

/** The link targets in a text that may not be saved (anything but https: and a path in Omsorg). */
export function unsafeLinks(text: string): string[] {
  return [...text.matchAll(LINK)].map((match) => match[2] ?? '').filter((target) => !isSafeLinkTarget(target));
}

/** The message key for a text with a link that is not allowed (rules messages). */
export const UNSAFE_LINK_MESSAGE = 'validation.safeText.link';
