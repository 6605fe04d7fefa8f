import { defineEntity, p } from '@mikro-orm/core';

/**
 * One counter of a rate limit: requests of one kind from one subject (a person, a client
 * address) in one time window. The key is a hash, never the subject itself. Each service that
 * limits something keeps its counters in its own schema, like the access log.
 */
export const RateLimitCounterSchema = defineEntity({
  name: 'RateLimitCounter',
  tableName: 'rate_limit',
  properties: {
    key: p.string().length(64).primary(),
    hits: p.integer(),
    expiresAt: p.datetime().index(),
  },
});

export class RateLimitCounter extends RateLimitCounterSchema.class {}
RateLimitCounterSchema.setClass(RateLimitCounter);

/** The same table for the gateway, which has no ORM: created at start-up, in its own schema. */
export function rateLimitTableSql(schema: string): string {
  return `
create schema if not exists "${schema}";
create table if not exists "${schema}"."rate_limit" (
  "key" varchar(64) primary key,
  "hits" int not null,
  "expires_at" timestamptz not null
);
create index if not exists "rate_limit_expires_at_index" on "${schema}"."rate_limit" ("expires_at");
`;
}
