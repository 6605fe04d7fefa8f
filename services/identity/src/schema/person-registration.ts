import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { enforceRateLimit, logAccess, parsePersonalIdentityNumber, personalIdentityNumber, text, ValidationFailure, type RequestContext, type StaffActor } from '@omsorg/platform';
import { mayFindByPersonalIdentityNumber, mayRegisterPerson } from '../domain/access.ts';
import { preferredLanguageOf } from '../domain/person-language.ts';
import { Person } from '../entities/person.ts';
import { enqueuePersonChanged } from '../jobs/people-changed.ts';
import { rememberLookup } from '../queries/person-ties.ts';
import { enforceQueryRateLimit, personLookupsLimit } from '../rate-limits.ts';
import { builder } from './builder.ts';
import { IDENTITY_READS } from './identity-reads.ts';
import { PersonRef } from './person.ts';

/*
 * Finding a person by personnummer, and registering one who is not known yet: what staff do
 * when an application comes by phone, on paper or as a hospital discharge notice. Both count
 * against the staff member's lookup limit and are logged where the person sees them.
 */

/** Counts one lookup or registration; over the limit the answer says how long to wait. */
async function countLookup(context: RequestContext, actor: StaffActor, typed: boolean): Promise<void> {
  // A query has no typed result: the limit is a coded GraphQL error there.
  const enforce = typed ? enforceRateLimit : enforceQueryRateLimit;
  await enforce(context, personLookupsLimit(), `staff:${actor.staffId}`, 'error.rateLimited.personLookups');
}

/** The staff member found (or registered) the person: they may read them in this request, and the person sees it. */
async function foundByStaff(context: RequestContext, personId: string): Promise<void> {
  rememberLookup(context, personId);
  await logAccess(context, [{ personId, resource: IDENTITY_READS.LOOKUP, resourceId: personId }]);
}

builder.queryField('personByPersonalIdentityNumber', (t) =>
  t.field({
    type: PersonRef,
    nullable: true,
    description:
      'A person by exact personnummer ("sök på personnummer"), for a caseworker or manager registering a phone or paper application or a representation, and for the quality council registering a postcard or letter from a known person. Null when there is none. A malformed number (format, date or check digit) is BAD_USER_INPUT with a message saying which. Rate-limited per staff member (RATE_LIMITED). Logged in the access log, which the person sees.',
    authScopes: (_root, _args, context) => mayFindByPersonalIdentityNumber(context.actor),
    args: { personalIdentityNumber: t.arg.string({ required: true, validate: personalIdentityNumber }) },
    resolve: async (_root, args, context) => {
      const parsed = parsePersonalIdentityNumber(args.personalIdentityNumber);
      if (!parsed.ok) return null;
      await countLookup(context, context.actor as StaffActor, false);
      const found = await context.em.findOne(Person, { personalIdentityNumber: parsed.value.normalized }, { fields: ['id'] });
      if (!found) return null;
      await foundByStaff(context, found.id);
      return PersonRef.getDataloader(context).load(found.id);
    },
  }),
);

const PERSON_NAME_MAX_LENGTH = 100;
const personName = text({ max: PERSON_NAME_MAX_LENGTH, min: 1 });

const RegisterPersonInput = builder.inputType('RegisterPersonInput', {
  description: 'A person not known yet, as written down from the phone call, letter or discharge notice.',
  fields: (t) => ({
    personalIdentityNumber: t.string({ required: true, validate: personalIdentityNumber, description: 'Personnummer or samordningsnummer, 12 digits (a hyphen is allowed).' }),
    givenName: t.string({ required: true, validate: personName, description: `Förnamn; at most ${PERSON_NAME_MAX_LENGTH} characters.` }),
    familyName: t.string({ required: true, validate: personName, description: `Efternamn; at most ${PERSON_NAME_MAX_LENGTH} characters.` }),
    districtArea: t.string({ validate: text({ max: 100 }).nullish(), description: 'Stadsdelsområde, e.g. Hägersten; empty when not known.' }),
    preferredLanguage: t.string({ validate: text({ max: 8 }).nullish(), description: 'A known ISO 639 code (@omsorg/rules PERSON_LANGUAGES), e.g. sv, fi, smj; empty means Swedish. Another code is a ValidationError.' }),
    interpreterNeeded: t.boolean({ description: 'Behöver tolk.' }),
  }),
});

builder.mutationField('registerPerson', (t) =>
  t.field({
    type: PersonRef,
    description:
      'Registers a person who is not known yet ("registrera person"), so that an application that came by phone, paper or discharge notice can be registered for them. Caseworkers and managers only (else FORBIDDEN); rate-limited with the lookups. Birth date and legal gender come from the personnummer. Logged where the person sees it. Errors: ValidationError (a person with this personnummer already exists: look them up instead), RateLimitError.',
    authScopes: (_root, _args, context) => mayRegisterPerson(context.actor),
    errors: {},
    args: { input: t.arg({ type: RegisterPersonInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = context.actor as StaffActor;
      const parsed = parsePersonalIdentityNumber(input.personalIdentityNumber);
      if (!parsed.ok) throw invalidField(context, 'personalIdentityNumber', 'validation.personalIdentityNumber.format');
      const language = preferredLanguageOf(input.preferredLanguage);
      if (!language) throw invalidField(context, 'preferredLanguage', 'validation.person.language');
      await countLookup(context, actor, true);
      if (await context.em.count(Person, { personalIdentityNumber: parsed.value.normalized })) {
        throw invalidField(context, 'personalIdentityNumber', 'validation.person.exists');
      }
      let person: Person;
      try {
        person = await context.em.transactional(async (em) => {
          const created = em.create(Person, {
            personalIdentityNumber: parsed.value.normalized,
            givenName: input.givenName.trim(),
            familyName: input.familyName.trim(),
            birthDate: parsed.value.birthDate,
            legalGender: parsed.value.legalGender,
            districtArea: input.districtArea?.trim() || null,
            preferredLanguage: language,
            interpreterNeeded: input.interpreterNeeded ?? false,
          });
          await em.flush();
          await enqueuePersonChanged(em, created);
          return created;
        });
      } catch (error) {
        // Registered by someone else a moment ago.
        if (error instanceof UniqueConstraintViolationException) throw invalidField(context, 'personalIdentityNumber', 'validation.person.exists');
        throw error;
      }
      await foundByStaff(context, person.id);
      return PersonRef.getDataloader(context).load(person.id);
    },
  }),
);

function invalidField(context: RequestContext, field: string, key: string): ValidationFailure {
  return new ValidationFailure(context.t('validation.summary'), [{ field, message: context.t(key) }]);
}
