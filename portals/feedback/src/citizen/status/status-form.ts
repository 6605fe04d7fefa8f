import { feedbackReferenceNumber } from '@omsorg/rules/feedback';
import { z } from 'zod';

/** The status page's one field: the reference number as typed (spaces dropped, upper case). */
export const statusFormSchema = z.object({ referenceNumber: feedbackReferenceNumber({ missing: 'errors.referenceMissing' }) });

export const STATUS_FIELD_ID = 'feedback-reference';

/** The number a link (from the receipt) brings, if it is one string. */
export function referenceFromQuery(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 64) : '';
}
