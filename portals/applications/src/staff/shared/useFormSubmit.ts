import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphqlRequest, isGraphqlRequestError, useKeptFormRestored, type FieldError } from '@omsorg/ui';
import { computed, ref, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import type { FormIssue } from './form-issues.ts';
import { problemFromErrors, toOutcome, type MutationOutcome, type MutationResult } from './mutation-outcome.ts';

export type FormSubmit = ReturnType<typeof useFormSubmit>;

export type SaveProblem =
  | { kind: 'conflict' }
  | { kind: 'reloaded' }
  | { kind: 'delegation'; message: string }
  | { kind: 'notFound'; message: string }
  | { kind: 'forbidden' }
  | { kind: 'failed' };

/**
 * Superseded by useValidatedForm (@omsorg/forms); kept while case pages still use it.
 * One form's trip to the server: client checks, the mutation, and what to tell the user. The
 * form keeps its own values whatever happens, so nothing typed is lost on a conflict.
 */
export function useFormSubmit(options: { fieldIds: Record<string, string>; fallbackField: string; reload?: () => Promise<unknown> }) {
  const { t } = useI18n();
  const saving = ref(false);
  const errors = shallowRef<FieldError[]>([]);
  const problem = shallowRef<SaveProblem | null>(null);
  const keptRestored = useKeptFormRestored();

  // Element ids have a hyphen ("visit-date"); API field names ("validFrom", "lifeAreas.0.needs") never do.
  const idOf = (field: string) => options.fieldIds[field] ?? (/^[a-z]+(-[\w]+)+$/i.test(field) ? field : options.fallbackField);
  const fieldError = (field: string) => errors.value.find((error) => error.field === idOf(field))?.message;

  function showIssues(issues: FormIssue[]): void {
    errors.value = issues.map((issue) => ({ field: idOf(issue.field), message: t(`applications.staff.${issue.key}`, issue.params ?? {}) }));
  }

  /**
   * Sends `input` with `mutation` (its result field is `field`) after the client checks pass. Returns the data on
   * success; otherwise null, with the errors or the problem set for the template.
   */
  async function submit<T>(issues: FormIssue[], mutation: TypedDocumentNode<unknown, never>, field: string, input: object): Promise<T | null> {
    if (saving.value) return null;
    problem.value = null;
    showIssues(issues);
    if (issues.length > 0) return null;
    saving.value = true;
    let outcome: MutationOutcome<T>;
    try {
      const data = await graphqlRequest(mutation as TypedDocumentNode<Record<string, MutationResult<T> | null>, { input: object }>, { input });
      outcome = toOutcome(data[field]);
    } catch (error) {
      // An ended sign-in is said once for the whole page, with "Logga in igen" (and the text is
      // kept over it); "try again in a while" here would be wrong and would take the focus.
      if (isGraphqlRequestError(error) && error.isSessionEnded) return null;
      // What the user can fix comes as a typed result; an error is "not allowed" or "failed".
      problem.value = { kind: isGraphqlRequestError(error) ? problemFromErrors(error.errors) : 'failed' };
      return null;
    } finally {
      saving.value = false;
    }
    switch (outcome.kind) {
      case 'ok':
        keptRestored.value = false; // "kept, but not saved yet" no longer holds
        return outcome.data;
      case 'validation':
        errors.value = outcome.issues.length
          ? outcome.issues.map((issue) => ({ field: idOf(issue.field), message: issue.message }))
          : [{ field: options.fallbackField, message: outcome.message }];
        return null;
      case 'conflict':
        problem.value = { kind: 'conflict' };
        return null;
      case 'delegation':
        problem.value = { kind: 'delegation', message: outcome.message };
        return null;
      case 'notFound':
        problem.value = { kind: 'notFound', message: outcome.message };
        return null;
    }
  }

  const reloading = ref(false);
  /** After a conflict: read the case in again (new version); the form keeps what was typed. */
  async function reloadCase(): Promise<void> {
    if (!options.reload || reloading.value) return;
    reloading.value = true;
    try {
      await options.reload();
      problem.value = { kind: 'reloaded' };
    } catch {
      problem.value = { kind: 'failed' };
    } finally {
      reloading.value = false;
    }
  }

  function clear(): void {
    errors.value = [];
    problem.value = null;
  }

  return {
    saving,
    errors,
    problem,
    reloading,
    canReload: Boolean(options.reload),
    fieldError,
    submit,
    clear,
    showIssues,
    reloadCase,
    hasErrors: computed(() => errors.value.length > 0),
  };
}
