import { splitLinks, type SafeTextPart } from '@omsorg/rules/offerings';

/**
 * The renderer's half of "Safe text" (docs/OFFERINGS.md): staff text to a small tree that
 * SafeText.vue turns into Vue nodes. Blank lines separate blocks; a line starting with "## " is a
 * heading, lines starting with "- " are a list, other lines are a paragraph (its line breaks
 * kept). `[words](https://…)` and `[words](/path)` are links (rules' splitLinks); everything else,
 * HTML included, is text exactly as typed. There is no HTML in or out: the tree holds strings.
 */
export type SafeInline = SafeTextPart;
export type SafeBlock =
  | { kind: 'paragraph'; lines: SafeInline[][] }
  | { kind: 'heading'; content: SafeInline[] }
  | { kind: 'list'; items: SafeInline[][] };

const HEADING = /^##[ \t]+(.*\S)\s*$/;
const ITEM = /^-[ \t]+(.*\S)\s*$/;

/** The blocks of a text, in order. Linear in the length of the text, whatever it holds. */
export function parseSafeText(text: string): SafeBlock[] {
  const blocks: SafeBlock[] = [];
  let open: SafeBlock | null = null;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      open = null;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', content: splitLinks(heading[1] ?? '') });
      open = null;
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      if (open?.kind !== 'list') {
        open = { kind: 'list', items: [] };
        blocks.push(open);
      }
      open.items.push(splitLinks(item[1] ?? ''));
      continue;
    }
    if (open?.kind !== 'paragraph') {
      open = { kind: 'paragraph', lines: [] };
      blocks.push(open);
    }
    open.lines.push(splitLinks(line.trim()));
  }
  return blocks;
}

/** The text without markup, e.g. for a summary read aloud or a length shown. */
export function plainText(blocks: SafeBlock[]): string {
  const inline = (parts: SafeInline[]) => parts.map((part) => part.text).join('');
  return blocks
    .map((block) =>
      block.kind === 'heading' ? inline(block.content) : block.kind === 'list' ? block.items.map(inline).join('\n') : block.lines.map(inline).join('\n'),
    )
    .join('\n\n');
}
