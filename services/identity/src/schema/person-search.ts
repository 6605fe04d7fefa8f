import { raw } from '@mikro-orm/core';
import { logAccess, text, type RequestContext } from '@omsorg/platform';
import { z } from 'zod';
import { mayFindByName } from '../domain/access.ts';
import { Person } from '../entities/person.ts';
import { enforceQueryRateLimit, personNameSearchesLimit } from '../rate-limits.ts';
import { IDENTITY_READS } from './identity-reads.ts';
import { PersonRef } from './person.ts';
import { builder } from './builder.ts';

/** At most this many persons per search: a name that matches more is too short to be a search. */
export const NAME_SEARCH_LIMIT = 20;

/** The words of a name as typed, at most three, each at least two letters; LIKE wildcards taken literally. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .filter((word) => word.length >= 2)
    .slice(0, 3)
    .map((word) => word.replace(/[%_\\]/g, (character) => `\\${character}`));
}

builder.queryField('unitPersonsByName', (t) =>
  t.field({
    type: [PersonRef],
    description: `Persons your unit has a case for whose given or family name contains every word typed ("sök på namn"), by family name, at most ${NAME_SEARCH_LIMIT}. Caseworkers and managers. Rate-limited per staff member (RATE_LIMITED with retryAfterSeconds). Each person found is logged as a lookup, which the person sees.`,
    authScopes: (_root, _args, context) => mayFindByName(context.actor),
    args: { name: t.arg.string({ required: true, validate: text({ max: 100 }).pipe(z.string().trim().min(2, 'validation.tooShort')) }) },
    resolve: async (_root, args, context: RequestContext) => {
      const actor = context.actor;
      if (actor.kind !== 'staff') return [];
      await enforceQueryRateLimit(context, personNameSearchesLimit(), `staff:${actor.staffId}`, 'error.rateLimited.personNameSearches');
      const words = nameWords(args.name);
      if (words.length === 0) return [];
      const found = await context.em.find(
        Person,
        {
          $and: words.map((word) => ({ $or: [{ givenName: { $ilike: `%${word}%` } }, { familyName: { $ilike: `%${word}%` } }] })),
          [raw((alias: string) => `exists (select 1 from "identity"."person_link" l where l.person_id = ${alias}.id and l.unit = ? and l.source = 'CASE')`, [actor.unit])]: [],
        },
        { fields: ['id'], orderBy: { familyName: 'asc', givenName: 'asc', id: 'asc' }, limit: NAME_SEARCH_LIMIT },
      );
      await logAccess(context, found.map((person) => ({ personId: person.id, resource: IDENTITY_READS.LOOKUP, resourceId: person.id })));
      // Each has a case in the unit (the query's condition), which the ties the loader loads show:
      // a name search is no lookup by personnummer.
      return Promise.all(found.map((person) => PersonRef.getDataloader(context).load(person.id)));
    },
  }),
);
