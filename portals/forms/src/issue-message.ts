import { issueKey, type SchemaIssue } from '@omsorg/rules';
import type { Composer } from 'vue-i18n';

/**
 * The text of one issue in the user's language, keyed as the services key it (`issueKey` of
 * @omsorg/rules). Keys under `validation.` are the shared rules' (`rules.validation.…`, loaded
 * with the remote's messages: messages.ts); any other key is the form's own, under `prefix`.
 */
export function issueMessage(issue: SchemaIssue, t: Composer['t'], prefix: string): string {
  const { key, params } = issueKey(issue);
  return t(key.startsWith('validation.') ? `rules.${key}` : `${prefix}.${key}`, params);
}
