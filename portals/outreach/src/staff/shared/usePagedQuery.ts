import { useAsyncData } from '@omsorg/ui';
import { computed, watch, type WatchSource } from 'vue';
import { useRoute } from 'vue-router';

/** What a paginated list answers (`definePage` in the services). */
export interface Paged<Node> {
  totalCount: number;
  hasNextPage: boolean;
  nodes: readonly Node[];
}

/** A page of a list as usePagedQuery keeps it: what PagedTable shows. */
export interface PagedList<Node> {
  page: { readonly value: number };
  pageSize: number;
  data: { readonly value: Paged<Node> | null };
  error: { readonly value: unknown };
  loading: { readonly value: boolean };
  run: () => Promise<void>;
}

/** The page number in the address (?sida=2, as UiPager writes it); 1 when missing or not a number. */
export function pageFromQuery(sida: unknown): number {
  return Math.max(1, Number.parseInt(String(sida ?? '1'), 10) || 1);
}

/**
 * One page of a staff list: reads ?sida, asks `fetchPage` for that page's offset and limit,
 * and asks again when the page (or any of `alsoWatch`, e.g. a search in the address) changes.
 */
export function usePagedQuery<P>(pageSize: number, fetchPage: (offset: number, limit: number) => Promise<P>, alsoWatch: WatchSource[] = []) {
  const route = useRoute();
  const page = computed(() => pageFromQuery(route.query.sida));
  const state = useAsyncData(() => fetchPage((page.value - 1) * pageSize, pageSize));
  watch([page, ...alsoWatch], state.run, { immediate: true });
  return { page, pageSize, ...state };
}
