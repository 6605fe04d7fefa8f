import { graphqlRequest, isGraphqlRequestError, useKeptForm, useMe, type FieldError } from '@omsorg/ui';
import { computed, reactive, ref, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { emptyFeedbackForm, fieldIds, isFeedbackField, toSubmitInput, validateFeedback, type FeedbackField } from '../feedback-form.ts';
import type { SubmitFeedbackResult } from '../feedback.ts';
import { SUBMIT_FEEDBACK_MUTATION } from '../operations.ts';

export interface FeedbackReceipt {
  referenceNumber: string;
  anonymous: boolean;
  hasContact: boolean;
}

/** The feedback form's values, errors (client or server) and submission. */
export function useFeedbackForm() {
  const { t } = useI18n();
  const { person } = useMe();
  const values = reactive(emptyFeedbackForm());
  // Kept over a new sign-in ("Logga in igen") and put back on return.
  Object.assign(values, useKeptForm(() => ({ ...values })).takeKept() ?? {});
  if (person.value) values.contactName = person.value.fullName;

  const errors = ref<FieldError[]>([]);
  const sending = ref(false);
  const sendFailed = shallowRef(false);
  /** Why the server refused to take it now (too many in a short time), in the person's language. */
  const refusal = shallowRef<string | null>(null);
  const receipt = shallowRef<FeedbackReceipt | null>(null);

  const errorFor = computed(() => {
    const byId = new Map(errors.value.map((e) => [e.field, e.message]));
    return (field: FeedbackField) => byId.get(fieldIds[field]);
  });

  async function submit(): Promise<void> {
    sendFailed.value = false;
    refusal.value = null;
    const issues = validateFeedback(values);
    if (issues.length > 0) {
      errors.value = issues.map((issue) => ({ field: fieldIds[issue.field], message: t(`feedback.errors.${issue.key}`, issue.params ?? {}) }));
      return;
    }
    sending.value = true;
    try {
      const input = toSubmitInput(values);
      const { submitFeedback: result } = await graphqlRequest<{ submitFeedback: SubmitFeedbackResult }>(SUBMIT_FEEDBACK_MUTATION, { input });
      if (result.__typename === 'ValidationError') {
        // The server's messages are already in the person's language (accept-language).
        const issues = result.issues.length > 0 ? result.issues : [{ field: 'text', message: result.message }];
        errors.value = issues.map((issue) => ({ field: isFeedbackField(issue.field) ? fieldIds[issue.field] : fieldIds.type, message: issue.message }));
        return;
      }
      if (result.__typename === 'RateLimitError') {
        errors.value = [];
        refusal.value = result.message;
        return;
      }
      errors.value = [];
      receipt.value = {
        referenceNumber: result.data.referenceNumber,
        anonymous: result.data.anonymous,
        hasContact: Boolean(input.contactEmail || input.contactPhone),
      };
    } catch (cause) {
      // An ended sign-in is said once for the whole page, with "Logga in igen".
      if (isGraphqlRequestError(cause) && cause.isSessionEnded) return;
      sendFailed.value = true;
    } finally {
      sending.value = false;
    }
  }

  return { values, errors, errorFor, sending, sendFailed, refusal, receipt, submit };
}
