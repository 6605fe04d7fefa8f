import { currentLocale } from '@omsorg/ui';
import * as dates from './dates.ts';

/** The date formats of dates.ts in the language the person has chosen. */
export const formatFullDate = (isoDay: string) => dates.formatFullDate(isoDay, currentLocale());
export const formatDay = (isoDay: string) => dates.formatDay(isoDay, currentLocale());
export const formatMoment = (isoInstant: string) => dates.formatMoment(isoInstant, currentLocale());
export const formatFullMoment = (isoInstant: string) => dates.formatFullMoment(isoInstant, currentLocale());

