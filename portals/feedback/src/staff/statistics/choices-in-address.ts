import { ref, watch, type Ref } from 'vue';
import { useRoute, useRouter, type LocationQuery } from 'vue-router';

/**
 * A page's choices (a year, a unit, a tertial) as its own state, kept in the address so a view can
 * be linked (?ar=2026&tertial=3): `read` turns the address's query into the choices (falling back
 * where a value is missing or wrong); they are read again when the address changes (back, forward,
 * a link) and written to it, by replace, when the reader chooses. An empty choice leaves the
 * address. The page's own state, not the address, is what it shows: a select never disagrees with
 * the figures under it.
 */
export function useChoicesInAddress<K extends string>(read: (query: LocationQuery) => Record<K, string>): Record<K, Ref<string>> {
  const route = useRoute();
  const router = useRouter();
  const initial = read(route.query);
  const keys = Object.keys(initial) as K[];
  const choices = Object.fromEntries(keys.map((key) => [key, ref<string>(initial[key])])) as unknown as Record<K, Ref<string>>;

  watch(
    () => keys.map((key) => route.query[key]),
    () => {
      const next = read(route.query);
      for (const key of keys) choices[key].value = next[key];
    },
  );
  watch(
    () => keys.map((key) => choices[key].value),
    (values) => {
      if (keys.every((key, index) => (route.query[key] ?? '') === values[index])) return;
      const query: LocationQuery = { ...route.query };
      keys.forEach((key, index) => {
        if (values[index]) query[key] = values[index];
        else delete query[key];
      });
      void router.replace({ query });
    },
  );
  return choices;
}
