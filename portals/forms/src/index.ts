/**
 * Forms, the one way: a package of its own (not in @omsorg/ui) so that vee-validate and zod
 * load with the first page that has a form, not with the start page.
 */
export { issueMessage } from './issue-message.ts';
export { outcomeOf, outcomeOfError, type FormProblem, type MutationResult, type Outcome, type SuccessData } from './mutation-result.ts';
export { useValidatedForm, type ValidatedForm, type ValidatedFormOptions } from './use-validated-form.ts';
export { default as FormProblemNotice } from './FormProblemNotice.vue';
export { default as DateField } from './DateField.vue';
