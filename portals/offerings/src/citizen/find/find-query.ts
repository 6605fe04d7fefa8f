import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { OfferingKind, type OfferingSessionFilter } from '../../generated/graphql.ts';

export { contentLanguageOf } from '../../shared/content-language.ts';

/**
 * The find page's state lives in the address (?omrade=Fruängen&vecka=2027-03-01), so a search can
 * be shared, bookmarked and gone back to. Pure: the page and its tests use the same functions.
 */
export type FindView = 'list' | 'week';

export type FindState = {
  search: string;
  area: string;
  /** A Stockholm day "YYYY-MM-DD", the first day listed; '' from today. */
  from: string;
  kind: string;
  language: string;
  free: boolean;
  accessible: boolean;
  view: FindView;
  /** The week's Monday in the week view. */
  week: string;
  page: number;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const one = (value: LocationQuery[string] | undefined) => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''));

/** The day `days` after `day` ("YYYY-MM-DD"), counted in UTC so no summer time can shift it. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, date! + days)).toISOString().slice(0, 10);
}

/** The Monday of the week `day` is in (weeks run Monday to Sunday in Sweden). */
export function mondayOf(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** The seven days of the week that starts on `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

export function stateFromQuery(query: LocationQuery, today: string): FindState {
  const from = one(query.fran);
  const week = one(query.vecka);
  const page = Number.parseInt(one(query.sida), 10);
  const kind = one(query.typ);
  const language = one(query.sprak);
  return {
    search: one(query.sok).slice(0, 200),
    area: one(query.omrade).slice(0, 200),
    from: DAY.test(from) ? from : '',
    kind: (Object.values(OfferingKind) as string[]).includes(kind) ? kind : '',
    language: /^[a-z]{2}$/.test(language) ? language : '',
    free: one(query.gratis) === '1',
    accessible: one(query.tillganglig) === '1',
    view: one(query.vy) === 'vecka' ? 'week' : 'list',
    week: mondayOf(DAY.test(week) ? week : from && DAY.test(from) ? from : today),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function queryFromState(state: FindState): LocationQueryRaw {
  const query: Record<string, string> = {};
  if (state.search.trim()) query.sok = state.search.trim();
  if (state.area) query.omrade = state.area;
  if (state.from) query.fran = state.from;
  if (state.kind) query.typ = state.kind;
  if (state.language) query.sprak = state.language;
  if (state.free) query.gratis = '1';
  if (state.accessible) query.tillganglig = '1';
  if (state.view === 'week') {
    query.vy = 'vecka';
    query.vecka = state.week;
  } else if (state.page > 1) query.sida = String(state.page);
  return query;
}

/** The API's filter for the state: the list from `from` (or now), the week Monday to Sunday. */
export function filterFromState(state: FindState): OfferingSessionFilter {
  const filter: OfferingSessionFilter = {};
  if (state.search.trim()) filter.search = state.search.trim();
  if (state.area) filter.area = state.area;
  if (state.kind) filter.kinds = [state.kind as OfferingKind];
  if (state.language) filter.language = state.language;
  if (state.free) filter.freeOfCharge = true;
  if (state.accessible) filter.stepFree = true;
  if (state.view === 'week') {
    filter.from = state.week;
    filter.to = addDays(state.week, 6);
  } else if (state.from) filter.from = state.from;
  return filter;
}

/** The sessions of each day of the week, every day listed (an empty day says so). */
export function groupByDay<T extends { day: string }>(monday: string, sessions: T[]): Array<{ day: string; sessions: T[] }> {
  return weekDays(monday).map((day) => ({ day, sessions: sessions.filter((session) => session.day === day) }));
}
