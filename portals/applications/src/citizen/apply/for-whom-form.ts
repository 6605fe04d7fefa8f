import { z } from 'zod';

/** Whom the application is for: the person themself or someone they may act for. */
export function forWhomSchema(choosable: () => readonly string[]) {
  return z.object({ applicantId: z.string().refine((id) => choosable().includes(id), 'apply.errors.forWhomMissing') });
}
