import type { CaseAttachmentsQuery } from '../generated/graphql.ts';
import { formatFileSize } from './upload-attachment.ts';

/** What the service takes (Query.attachmentRules), as the upload field says it and offers files. */
export type AttachmentRules = CaseAttachmentsQuery['attachmentRules'];

const TYPE_NAMES: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

/** A type's short name ("PDF"), or the type itself when the portal has none for it. */
export function typeName(contentType: string): string {
  return TYPE_NAMES[contentType] ?? contentType;
}

/** "PDF, JPEG eller PNG" and "10 MB" in the page's language, for the hint's `{types}` and `{size}`. */
export function limitParams(rules: AttachmentRules, locale: string): { types: string; size: string } {
  const names = rules.acceptedContentTypes.map(typeName);
  return { types: new Intl.ListFormat(locale, { type: 'disjunction' }).format(names), size: formatFileSize(rules.maxBytes, locale) };
}

/** The file input's `accept`: the endings and the types the service takes. */
export function acceptAttribute(rules: AttachmentRules | null | undefined): string {
  if (!rules) return '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
  return [...rules.acceptedExtensions.map((extension) => `.${extension}`), ...rules.acceptedContentTypes].join(',');
}
