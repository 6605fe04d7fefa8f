import { graphqlRequest } from '@omsorg/ui';
import { ref, shallowRef } from 'vue';
import { VenuesDocument, type VenueCardFragment, type VenueFilter } from '../generated/graphql.ts';
import { contentLanguageOf } from '../shared/content-language.ts';

/** Venues page by page, narrowed by `filter`; more() appends the next page ("Visa fler"). */
export function useVenues(pageSize: number, filter: () => VenueFilter = () => ({}), locale: () => string = () => 'sv') {
  const venues = ref<VenueCardFragment[]>([]);
  const totalCount = ref(0);
  const hasNextPage = ref(false);
  const loading = ref(false);
  const error = shallowRef<unknown>(null);

  async function fetchPage(offset: number): Promise<number> {
    loading.value = true;
    error.value = null;
    try {
      const { venues: page } = await graphqlRequest(VenuesDocument, { offset, limit: pageSize, filter: filter(), language: contentLanguageOf(locale()) });
      venues.value = offset === 0 ? page.nodes : [...venues.value, ...page.nodes];
      totalCount.value = page.totalCount;
      hasNextPage.value = page.hasNextPage;
      return page.nodes.length;
    } catch (cause) {
      error.value = cause;
      return 0;
    } finally {
      loading.value = false;
    }
  }

  return {
    venues,
    totalCount,
    hasNextPage,
    loading,
    error,
    reload: () => fetchPage(0),
    more: () => fetchPage(venues.value.length),
  };
}
