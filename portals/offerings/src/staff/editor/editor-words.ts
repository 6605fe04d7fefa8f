import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { OfferingAudience, OfferingKind } from '../../generated/graphql.ts';

/** The choices of the editor's selects, in the reader's language. */
export function useEditorWords() {
  const { t } = useI18n();
  return {
    kinds: computed(() => Object.values(OfferingKind).map((value) => ({ value, label: t(`offerings.editor.kinds.${value}`) }))),
    audiences: computed(() => Object.values(OfferingAudience).map((value) => ({ value, label: t(`offerings.editor.audiences.${value}`) }))),
    weekdays: computed(() => ['1', '2', '3', '4', '5', '6', '7'].map((value) => ({ value, label: t(`offerings.editor.weekdays.${value}`) }))),
  };
}
