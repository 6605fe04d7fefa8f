import { toValidationFailure, type RequestContext } from '@omsorg/platform';
import type { z } from 'zod';

/** Checks a handling input against its shared rule (@omsorg/rules/feedback); every issue at once, as ValidationError. */
export function checkInput<S extends z.ZodType>(context: RequestContext, schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw toValidationFailure({ issues: result.error.issues as never }, context);
}
