import { optionalDay } from '@omsorg/rules';
import { z } from 'zod';
import { FeedbackChannel, FeedbackStatus, FeedbackTarget, FeedbackType, type FeedbackListFilter } from '../generated/graphql.ts';

/** The list's page size: 50, as the quality council goes through a month's feedback. */
export const FEEDBACK_PAGE_SIZE = 50;

/** Whose items: all I may see, mine, or those without a handler. */
export const WHO = ['alla', 'mina', 'ej-tilldelade'] as const;

/** The filter form's values, as the address keeps them (Swedish parameter names, so a link can be shared). */
export const filterSchema = z.object({
  status: z.string(),
  type: z.string(),
  target: z.string(),
  channel: z.string(),
  unit: z.string().trim().max(200, 'validation.tooLong'),
  who: z.string(),
  from: optionalDay,
  to: optionalDay,
  reference: z.string().trim().max(32, 'validation.tooLong'),
});
export type FilterValues = z.input<typeof filterSchema>;

const PARAMS: Record<keyof FilterValues, string> = {
  status: 'status',
  type: 'typ',
  target: 'riktad',
  channel: 'kanal',
  unit: 'enhet',
  who: 'vem',
  from: 'fran',
  to: 'till',
  reference: 'ref',
};

const one = (value: unknown): string => (Array.isArray(value) ? String(value[0] ?? '') : typeof value === 'string' ? value : '');
const oneOf = (value: string, allowed: readonly string[]) => (allowed.includes(value) ? value : '');

/** The filter as the address gives it; anything unknown is ignored. */
export function filterFromQuery(query: Record<string, unknown>): FilterValues {
  const get = (key: keyof FilterValues) => one(query[PARAMS[key]]).trim();
  return {
    status: oneOf(get('status'), Object.values(FeedbackStatus)),
    type: oneOf(get('type'), Object.values(FeedbackType)),
    target: oneOf(get('target'), Object.values(FeedbackTarget)),
    channel: oneOf(get('channel'), Object.values(FeedbackChannel)),
    unit: get('unit').slice(0, 200),
    who: oneOf(get('who'), WHO) || 'alla',
    from: /^\d{4}-\d{2}-\d{2}$/.test(get('from')) ? get('from') : '',
    to: /^\d{4}-\d{2}-\d{2}$/.test(get('to')) ? get('to') : '',
    reference: get('reference').slice(0, 32),
  };
}

/** The address's parameters for a filter: only what is set (page 1). */
export function queryOfFilter(values: FilterValues): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(PARAMS) as (keyof FilterValues)[]).flatMap((key) => {
      const value = String(values[key] ?? '').trim();
      return value === '' || (key === 'who' && value === 'alla') ? [] : [[PARAMS[key], value]];
    }),
  );
}

/** The filter as the query takes it. */
export function toListFilter(values: FilterValues): FeedbackListFilter {
  return {
    status: (values.status || null) as FeedbackStatus | null,
    type: (values.type || null) as FeedbackType | null,
    target: (values.target || null) as FeedbackTarget | null,
    channel: (values.channel || null) as FeedbackChannel | null,
    unit: values.unit || null,
    mine: values.who === 'mina' || null,
    unassigned: values.who === 'ej-tilldelade' || null,
    receivedFrom: values.from || null,
    receivedTo: values.to || null,
    referenceNumber: values.reference || null,
  };
}

/** Whether any filter is set (the empty list then says so). */
export const isFiltered = (values: FilterValues) => Object.keys(queryOfFilter(values)).length > 0;
