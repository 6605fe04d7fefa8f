import type { ArgBuilder } from '@pothos/core';
import { MAX_PAGE_SIZE, pageArgs, type PlatformTypes } from '@omsorg/platform';
import { z } from 'zod';

/** `offset` and `limit` as everywhere, with the staff lists' larger default page of 50. */
export function staffPageArgs(arg: ArgBuilder<PothosSchemaTypes.ExtendDefaultTypes<PlatformTypes>>) {
  return {
    ...pageArgs(arg),
    limit: arg.int({ required: true, defaultValue: 50, validate: z.number().int().min(1).max(MAX_PAGE_SIZE) }),
  };
}
