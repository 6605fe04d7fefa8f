import { addDaysTo } from '@omsorg/rules/swedish-calendar';
import { clockInStockholm, instantInStockholm } from '@omsorg/rules';

/** A publish-from day: from Stockholm midnight at its start. */
export const publishFromInstant = (day: string): Date => instantInStockholm(day, '00:00');
/** A publish-until day (the last day shown): until Stockholm midnight at its end. */
export const publishUntilInstant = (day: string): Date => instantInStockholm(addDaysTo(day, 1), '00:00');

/** The day a publish-from instant names. */
export const publishFromDay = (instant: Date | null): string | null => (instant ? clockInStockholm(instant).day : null);
/** The last day shown for a publish-until instant (the day before the midnight it ends at). */
export const publishUntilDay = (instant: Date | null): string | null => (instant ? clockInStockholm(new Date(instant.getTime() - 1)).day : null);
