import { useKeptForm, useKeptFormRestored, type FieldError } from '@omsorg/ui';
import { useForm, type TypedSchema } from 'vee-validate';
import { computed, reactive, ref, shallowRef, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { z } from 'zod';
import type { SchemaIssue } from '@omsorg/rules';
import { issueMessage } from './issue-message.ts';
import { outcomeOf, outcomeOfError, type FormProblem, type MutationResult, type Outcome, type SuccessData } from './mutation-result.ts';

export type ValidatedFormOptions<S extends z.ZodObject> = {
  /** The form's rules over its values; messages are keys (see issue-message.ts). */
  schema: S;
  initialValues: z.input<S>;
  /** The element id of each field, in the form's order: the error summary follows it. */
  fieldIds: Partial<Record<string, string>>;
  /** The element that takes a message with no field of its own. */
  fallbackField: string;
  /** Where the form's own message keys live, e.g. "applications.staff". */
  messages: string;
  /** Keeps what was typed over "Logga in igen" (a name tells the forms of one page apart). */
  keep?: string;
  /** Reads the data again after a conflict; the form keeps what was typed. */
  reload?: () => Promise<unknown>;
};

/**
 * One form, the one way: vee-validate holds the values and errors, the zod schema (with rules
 * shared with the service from @omsorg/rules) checks them on submit, and the mutation's typed
 * result (docs/ARCHITECTURE.md, "Errors") becomes field errors or a problem said above the form.
 * Nothing typed is lost, whatever happens.
 */
export function useValidatedForm<S extends z.ZodObject>(options: ValidatedFormOptions<S>) {
  type Values = z.input<S>;
  type Output = z.output<S>;
  const { t } = useI18n();

  const schema: TypedSchema<Values, Output> = {
    __type: 'VVTypedSchema',
    async parse(values) {
      const result = await options.schema.safeParseAsync(values);
      if (result.success) return { value: result.data as Output, errors: [] };
      return { errors: result.error.issues.map((issue) => ({ path: issue.path.join('.'), errors: [issueMessage(issue as SchemaIssue, t, options.messages)] })) };
    },
  };
  const form = useForm<Values, Output>({ validationSchema: schema, initialValues: options.initialValues as never });

  // Each top-level field as a writable model (v-model="values.text"); errors show on submit only.
  const models = Object.fromEntries(Object.keys(options.initialValues as object).map((name) => [name, form.defineField(name as never, { validateOnModelUpdate: false })[0]]));
  const values = reactive(models) as unknown as Values;

  const untouched = JSON.stringify(options.initialValues);
  // A copy as JSON (what is kept is stored as JSON): the values are a reactive proxy, which structuredClone refuses.
  const snapshot = () => {
    const now = JSON.stringify(form.values);
    return now === untouched ? undefined : (JSON.parse(now) as Values);
  };
  const { takeKept } = useKeptForm<Values>(snapshot, { name: options.keep });
  const keptRestored = useKeptFormRestored();
  const kept = options.keep === undefined ? null : takeKept();
  if (kept) form.setValues(kept as never, false);

  const order = Object.values(options.fieldIds);
  // Element ids have a hyphen ("visit-date"); field names ("validFrom", "lifeAreas.0.needs") never do.
  const idOf = (field: string) => options.fieldIds[field] ?? (/^[a-z]+(-[\w]+)+$/i.test(field) ? field : options.fallbackField);
  const serverErrors = shallowRef<FieldError[]>([]);
  const errors = computed<FieldError[]>(() => {
    const own = Object.entries(form.errors.value).flatMap(([field, message]) => (message ? [{ field: idOf(field), message }] : []));
    const all = [...own, ...serverErrors.value];
    return all.sort((a, b) => rank(a.field) - rank(b.field));
  });
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const fieldError = (field: string) => errors.value.find((error) => error.field === idOf(field))?.message;

  const saving = ref(false);
  const problem = shallowRef<FormProblem | null>(null);

  /**
   * Checks the values, and when they pass sends them with `send` (which returns the mutation's
   * result union). Returns the success data, or null with the errors or the problem set.
   */
  async function submit<R extends MutationResult>(send: (values: Output) => Promise<R>): Promise<SuccessData<R> | null> {
    if (saving.value) return null;
    const checked = await check();
    if (!checked) return null;
    saving.value = true;
    let outcome: Outcome<SuccessData<R>>;
    try {
      outcome = outcomeOf(await send(checked));
    } catch (error) {
      outcome = outcomeOfError(error);
    } finally {
      saving.value = false;
    }
    switch (outcome.kind) {
      case 'ok':
        keptRestored.value = false; // "kept, but not saved yet" no longer holds
        return outcome.data;
      case 'invalid':
        // The service's messages are already in the user's language.
        serverErrors.value = outcome.issues.length
          ? outcome.issues.map((issue) => ({ field: idOf(issue.field), message: issue.message }))
          : [{ field: options.fallbackField, message: outcome.message }];
        return null;
      case 'problem':
        problem.value = outcome.problem;
        return null;
      case 'signedOut':
        // Said once for the whole page, with "Logga in igen"; the values are kept over it.
        return null;
    }
  }

  /**
   * For a form that acts on its values itself (a filter that goes to an address, a bulk action):
   * the checked values, or null with the errors shown.
   */
  async function check(): Promise<Output | null> {
    problem.value = null;
    serverErrors.value = [];
    const checked = await form.validate();
    // The schema's output (trimmed, transformed), as the parse above gave it.
    return checked.valid ? (checked.values as Output) : null;
  }

  const reloading = ref(false);
  async function reloadData(): Promise<void> {
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

  /** Empties the form (after a save that should start a new one) and its messages. */
  function reset(next: Values = options.initialValues): void {
    form.resetForm({ values: next as never });
    serverErrors.value = [];
    problem.value = null;
  }

  return {
    values,
    errors,
    fieldError,
    saving: saving as Readonly<Ref<boolean>>,
    problem,
    reloading: reloading as Readonly<Ref<boolean>>,
    canReload: Boolean(options.reload),
    /** Where the form's own message keys live (FormProblemNotice looks for `<messages>.save.<kind>` there). */
    messages: options.messages,
    submit,
    check,
    reloadData,
    reset,
    setValue: (path: string, value: unknown) => form.setFieldValue(path as never, value as never, false),
    restored: kept !== null,
  };
}

export type ValidatedForm<S extends z.ZodObject = any> = ReturnType<typeof useValidatedForm<S>>;
