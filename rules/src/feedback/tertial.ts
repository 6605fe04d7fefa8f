import type { Tertial } from './categories.ts';

/**
 * The Stockholm days (YYYY-MM-DD, both inclusive) of a tertial of a year: T1 January–April, T2
 * May–August, T3 ("VB") September–December. The indicator report asks each service for its
 * figures of such a period (applications, outreach and feedback count by these days).
 */
export function tertialDays(year: number, tertial: Tertial): { from: string; to: string } {
  const first = (tertial - 1) * 4 + 1;
  const last = first + 3;
  const pad = (value: number) => String(value).padStart(2, '0');
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay)}` };
}
