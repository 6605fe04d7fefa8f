import type { Composer } from 'vue-i18n';

/** A zod issue as the form sees it: its message is a message key ("validation.phone"). */
export type SchemaIssue = {
  code?: string;
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  params?: Record<string, string | number>;
};

type Translate = Composer['t'];

/**
 * The text of one issue in the user's language. Keys under `validation.` are the shared rules'
 * (`rules.validation.…`, loaded with the remote's messages: messages.ts); any other key is the form's own, under `prefix`; an issue without a
 * key says what its code means (too long, required, …) with the rules' words.
 */
export function issueMessage(issue: SchemaIssue, t: Translate, prefix: string): string {
  const params = { ...issue.params, ...(issue.maximum !== undefined ? { maximum: Number(issue.maximum) } : {}), ...(issue.minimum !== undefined ? { minimum: Number(issue.minimum) } : {}) };
  if (issue.message.startsWith('validation.')) return t(`rules.${issue.message}`, params);
  if (/^[a-z][\w.]*$/i.test(issue.message) && issue.message.includes('.')) return t(`${prefix}.${issue.message}`, params);
  const text = issue.origin === 'string';
  switch (issue.code) {
    case 'too_small':
      return text ? t('rules.validation.required') : t('rules.validation.tooSmall', params);
    case 'too_big':
      return t(text ? 'rules.validation.tooLong' : 'rules.validation.tooBig', params);
    case 'invalid_type':
      return t('rules.validation.required');
    default:
      return t('rules.validation.invalid');
  }
}
