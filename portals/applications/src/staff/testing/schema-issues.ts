import type { z } from 'zod';

/** A form schema's issues for `values`, as [field, message key] in the order the schema finds them. */
export function issuesOf(schema: z.ZodType, values: unknown): Array<[string, string]> {
  return schema.safeParse(values).error?.issues.map((issue) => [issue.path.join('.'), issue.message] as [string, string]) ?? [];
}
