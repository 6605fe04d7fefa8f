import type { ComputedRef, InjectionKey } from 'vue';
import type { AnswersForm } from './answers-form.ts';
import type { FieldName } from './step-checks.ts';

/** What a step's question needs from its page: the answers being edited, errors, the wording. */
export interface StepContext {
  form: AnswersForm;
  errorFor: (field: FieldName) => string | undefined;
  /** "self" or "other" form of a message: "Bor du ensam?" / "Bor Signe Andersson ensam?" */
  who: (key: string, params?: Record<string, string | number>) => string;
  /** A representative fills it in for the applicant: whom to contact is asked. */
  forSomeoneElse?: ComputedRef<boolean>;
  /** The signed-in person's name ("Mig, Erik Andersson"). */
  myName?: ComputedRef<string>;
  /** The name of the person the application is for. */
  applicantName?: ComputedRef<string>;
}

export const stepContextKey: InjectionKey<StepContext> = Symbol('application step');
