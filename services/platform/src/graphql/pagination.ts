import { z } from 'zod';
import type { ArgBuilder } from '@pothos/core';
import type { PlatformBuilder, PlatformTypes } from './builder.ts';

export const MAX_PAGE_SIZE = 100;

export type PageArgs = { offset: number; limit: number };
export type Page<T> = { nodes: T[]; totalCount: number; hasNextPage: boolean };

export function toPage<T>(nodes: T[], totalCount: number, args: PageArgs): Page<T> {
  return { nodes, totalCount, hasNextPage: args.offset + nodes.length < totalCount };
}

/** `offset` and `limit` arguments: every list is paginated and bounded. */
export function pageArgs(arg: ArgBuilder<PothosSchemaTypes.ExtendDefaultTypes<PlatformTypes>>) {
  return {
    offset: arg.int({ required: true, defaultValue: 0, validate: z.number().int().min(0).max(1_000_000) }),
    limit: arg.int({ required: true, defaultValue: 20, validate: z.number().int().min(1).max(MAX_PAGE_SIZE) }),
  };
}

/** A page type `<Name>Page { nodes, totalCount, hasNextPage }` over an object type. */
export function definePage<T>(builder: PlatformBuilder, name: string, node: PothosSchemaTypes.ObjectRef<any, T>, description?: string) {
  return builder.objectRef<Page<T>>(`${name}Page`).implement({
    description: description ?? `One page of ${name} items, with the total count for paging.`,
    fields: (t) => ({
      nodes: t.field({ type: [node], resolve: (page) => page.nodes }),
      totalCount: t.exposeInt('totalCount'),
      hasNextPage: t.exposeBoolean('hasNextPage'),
    }),
  });
}
