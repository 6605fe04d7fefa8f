import { inflateSync } from 'node:zlib';

/** A PDF string operand as bytes: <hex> or (literal) with its escapes. */
function operandText(token: string): string {
  if (token.startsWith('<')) return Buffer.from(token.slice(1, -1).replace(/\s/g, ''), 'hex').toString('latin1');
  return token
    .slice(1, -1)
    .replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, escape: string) => {
      const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
      return simple[escape] ?? String.fromCharCode(parseInt(escape, 8));
    });
}

/**
 * The text of a PDF written with the standard fonts (WinAnsi, read here as Latin-1, which
 * covers Swedish), one entry per text-showing operation. Deflated streams are inflated. Enough
 * to check what a generated letter says, not a general PDF reader.
 */
export function pdfTextLines(pdf: Buffer): string[] {
  return pdfStreamLines(pdf).flat();
}

/**
 * The text of each content stream that shows any, in the file's order: with pdfkit, one per page,
 * so a letter of a print file can be read on its own.
 */
export function pdfPageTexts(pdf: Buffer): string[] {
  return pdfStreamLines(pdf).map((lines) => lines.join(' ').replace(/\s+/g, ' '));
}

function pdfStreamLines(pdf: Buffer): string[][] {
  const source = pdf.toString('latin1');
  const pages: string[][] = [];
  const streams = /<<([\s\S]*?)>>\s*stream\r?\n/g;
  for (let match = streams.exec(source); match; match = streams.exec(source)) {
    const start = match.index + match[0].length;
    // The dictionary's /Length is exact; trimming a trailing newline instead would cut a deflated
    // stream whose last byte happens to be a carriage return.
    const length = /\/Length (\d+)\b(?!\s+\d+\s+R)/.exec(match[1] ?? '')?.[1];
    const end = length === undefined ? source.indexOf('endstream', start) : start + Number(length);
    const body = source.slice(start, end);
    const raw = Buffer.from(length === undefined ? body.replace(/\r?\n$/, '') : body, 'latin1');
    let content: string;
    try {
      content = (/\/FlateDecode/.test(match[1] ?? '') ? inflateSync(raw) : raw).toString('latin1');
    } catch {
      continue;
    }
    const lines: string[] = [];
    const shows = /\[((?:<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)|[-\d.\s])*)\]\s*TJ|(<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\))\s*Tj/g;
    for (let show = shows.exec(content); show; show = shows.exec(content)) {
      const operands = show[1] ?? show[2] ?? '';
      const pieces = operands.match(/<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)/g) ?? [];
      lines.push(pieces.map(operandText).join(''));
    }
    if (lines.length > 0) pages.push(lines);
  }
  return pages;
}

/** All the text, wrapped lines joined by spaces, so a phrase can be found wherever it wraps. */
export function pdfText(pdf: Buffer): string {
  return pdfTextLines(pdf).join(' ').replace(/\s+/g, ' ');
}
