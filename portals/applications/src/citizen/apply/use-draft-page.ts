import { useMe } from '@omsorg/ui';
import { computed, shallowRef, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';
import type { DraftApplication } from './draft-store.ts';
import { cachedDraft, fetchDraft } from './draft-store.ts';

/**
 * The draft behind an /ansokan/:id/... page: from the cache when the person came from the
 * previous page, from the server when they come back later. Also whether they apply for
 * themselves, which decides between "du" and the other person's name in every question.
 */
export function useDraftPage() {
  const route = useRoute();
  const { t } = useI18n();
  const { person, status: meStatus } = useMe();
  const id = computed(() => String(route.params.id ?? ''));
  const application = shallowRef<DraftApplication | null>(cachedDraft(id.value));
  const loading = shallowRef(false);
  const error = shallowRef<unknown>(null);
  const notFound = shallowRef(false);

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      application.value = await fetchDraft(id.value);
      notFound.value = application.value === null;
    } catch (cause) {
      error.value = cause;
    } finally {
      loading.value = false;
    }
  }

  watch(
    id,
    (next) => {
      application.value = cachedDraft(next);
      notFound.value = false;
      if (!application.value) void load();
    },
    { immediate: true },
  );

  const isSelf = computed(() => Boolean(person.value && application.value && person.value.id === application.value.applicant?.id));
  const applicantName = computed(() => application.value?.applicant?.fullName ?? '');

  /** A message in its "self" or "other" form, e.g. "Bor du ensam?" or "Bor Signe Andersson ensam?". */
  function who(key: string, params: Record<string, string | number> = {}): string {
    return t(`${key}.${isSelf.value ? 'self' : 'other'}`, { name: applicantName.value, ...params });
  }

  function setApplication(next: DraftApplication | null): void {
    application.value = next;
  }

  const ready = computed(() => meStatus.value !== 'loading' && meStatus.value !== 'idle' && application.value !== null);

  return { id, application, loading, error, notFound, load, isSelf, applicantName, who, setApplication, ready, person, meStatus };
}
