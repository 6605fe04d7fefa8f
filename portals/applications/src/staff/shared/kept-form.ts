import { useKeptForm } from '@omsorg/ui';
import type { Ref } from 'vue';

/**
 * Keeps what a caseworker has typed in one staff form over "Logga in igen", and puts it back
 * (once) on return to the same page. `name` tells the forms of one page apart (add the id when a
 * form is repeated per service or appeal). Only a form that differs from `untouched` (by default
 * what it held when the page opened) is kept, so an untouched form never brings back old text.
 * Returns what was put back, or null.
 */
export function useKeptStaffForm<T>(name: string, form: Ref<T>, untouched?: () => T): T | null {
  const opened = JSON.stringify(form.value);
  const unchanged = () => JSON.stringify(form.value) === (untouched ? JSON.stringify(untouched()) : opened);
  const { takeKept } = useKeptForm<T>(() => (unchanged() ? undefined : form.value), { name });
  const kept = takeKept();
  if (kept !== null) form.value = kept;
  return kept;
}
