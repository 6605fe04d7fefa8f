import { useI18n } from 'vue-i18n';
import type { CitizenSessionSummaryFragment } from '../../generated/graphql.ts';

/** A session's price, language and places in the reader's words ("Gratis", "Fullt – väntelista"). */
export function useSessionWords() {
  const { t, te } = useI18n();
  return {
    price: (price: number) => (price === 0 ? t('offerings.find.session.free') : t('offerings.find.session.kronor', { price })),
    language: (code: string) => (te(`offerings.find.languages.${code}`) ? t(`offerings.find.languages.${code}`) : code),
    places: (session: Pick<CitizenSessionSummaryFragment, 'capacity' | 'placesLeft' | 'waitingCount'>) => {
      if (session.capacity == null || session.placesLeft == null) return t('offerings.find.session.dropIn');
      if (session.placesLeft === 0) return t('offerings.find.session.full');
      return t('offerings.find.session.placesLeft', { count: session.placesLeft }, session.placesLeft);
    },
  };
}
