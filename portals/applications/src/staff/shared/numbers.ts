import { currentLocale } from '@omsorg/ui';

const tags = { sv: 'sv-SE', 'sv-x-easy': 'sv-SE', en: 'en-GB', fi: 'fi-FI', ar: 'ar' } as const;

export function formatNumber(value: number | null, digits = 1): string {
  if (value === null || Number.isNaN(value)) return '–';
  return new Intl.NumberFormat(tags[currentLocale()], { maximumFractionDigits: digits }).format(value);
}

/** A share the API gives in per cent (92.3), shown the local way ("92,3 %"). */
export function formatPercent(value: number | null): string {
  if (value === null || Number.isNaN(value)) return '–';
  return new Intl.NumberFormat(tags[currentLocale()], { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}
