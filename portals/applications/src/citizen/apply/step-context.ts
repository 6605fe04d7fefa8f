import type { InjectionKey } from 'vue';
import type { AnswersForm } from './answers-form.ts';
import type { FieldName } from './step-checks.ts';

/** What a step's question needs from its page: the answers being edited, errors, the wording. */
export interface StepContext {
  form: AnswersForm;
  errorFor: (field: FieldName) => string | undefined;
  /** "self" or "other" form of a message: "Bor du ensam?" / "Bor Signe Andersson ensam?" */
  who: (key: string, params?: Record<string, string | number>) => string;
}

export const stepContextKey: InjectionKey<StepContext> = Symbol('application step');
