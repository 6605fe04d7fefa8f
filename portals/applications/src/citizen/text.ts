// Other control characters than tab and line feed are dropped, as the services store text.
const controlCharacters = /[^\P{Cc}\n\t]/gu;

/** Text as the services store and count it: line breaks unified, control characters gone, trimmed. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(controlCharacters, '').trim();
}
