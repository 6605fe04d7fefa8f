/** "20 000" in Swedish (a no-break space between thousands), "20,000" in English. */
export function letterCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(count);
}

/** A file's size for a download link: "34 MB", "820 kB" (decimal units, as file managers show them). */
export function fileSizeText(bytes: number, locale: string): string {
  const format = (value: number, unit: string) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)} ${unit}`;
  if (bytes >= 1_000_000) return format(bytes / 1_000_000, 'MB');
  return format(Math.max(bytes, 1) / 1000, 'kB');
}
