import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, NotFoundFailure, parsePersonalIdentityNumber, shortText, text, ValidationFailure, type RequestContext, type StaffActor } from '@omsorg/platform';
import { isCasework, mayManageRepresentations } from '../domain/access.ts';
import { todayInStockholm, type RepresentationKind } from '../domain/representation.ts';
import { representationTermsIssues } from '../domain/representation-terms.ts';
import { Person } from '../entities/person.ts';
import { enqueuePersonChanged } from '../jobs/people-changed.ts';
import { Representation } from '../entities/representation.ts';
import { RepresentationEvent, type RepresentationEventType } from '../entities/representation-event.ts';
import { StaffMember } from '../entities/staff-member.ts';
import { tiesOf } from '../queries/person-ties.ts';
import { builder } from './builder.ts';
import { PersonRef } from './person.ts';
import { RepresentationKindEnum, RepresentationRef } from './representation.ts';

const name = text({ max: 100 }).nullish();

const RegisterRepresentationInput = builder.inputType('RegisterRepresentationInput', {
  description: 'A representation as written in the paper document (fullmakt, beslut om god man eller förvaltare).',
  fields: (t) => ({
    representedId: t.id({ required: true, description: 'The person represented ("huvudman").' }),
    kind: t.field({ type: RepresentationKindEnum, required: true }),
    representativePersonalIdentityNumber: t.string({ required: true, validate: shortText(), description: 'The representative\'s personnummer, 12 digits (a hyphen is allowed).' }),
    representativeGivenName: t.string({ description: 'Needed only when the representative is not known yet.', validate: name }),
    representativeFamilyName: t.string({ description: 'Needed only when the representative is not known yet.', validate: name }),
    validFrom: t.string({ required: true, validate: shortText(), description: 'First day in force, YYYY-MM-DD.' }),
    validTo: t.string({ validate: shortText().nullish(), description: 'Last day in force, YYYY-MM-DD; empty when open-ended.' }),
    documentDate: t.string({ required: true, validate: shortText(), description: 'The date of the document, YYYY-MM-DD.' }),
  }),
});

const EndRepresentationInput = builder.inputType('EndRepresentationInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
});

function invalid(context: RequestContext, issues: Array<{ field: string; key: string }>): ValidationFailure {
  return new ValidationFailure(
    context.t('validation.summary'),
    issues.map((issue) => ({ field: issue.field, message: context.t(issue.key) })),
  );
}

/** The person represented, if this staff member may manage their representations; else NotFound. */
async function manageablePerson(context: RequestContext, personId: string): Promise<Person> {
  const person = isUuid(personId) ? await PersonRef.getDataloader(context).load(personId).catch(() => null) : null;
  if (!person || !mayManageRepresentations(context.actor, person.id, tiesOf(context, person.id))) throw new NotFoundFailure(context.t('error.notFound'));
  return person;
}

function logChange(em: EntityManager, rep: Representation, type: RepresentationEventType, staffId: string): void {
  em.create(RepresentationEvent, {
    representationId: rep.id,
    type,
    staffId,
    data: { kind: rep.kind, validFrom: String(rep.validFrom), validTo: rep.validTo ? String(rep.validTo) : null, documentDate: rep.documentDate ? String(rep.documentDate) : null },
  });
}

type RegisterInput = {
  representedId: string;
  kind: RepresentationKind;
  representativePersonalIdentityNumber: string;
  representativeGivenName?: string | null;
  representativeFamilyName?: string | null;
  validFrom: string;
  validTo?: string | null;
  documentDate: string;
};

async function register(context: RequestContext, input: RegisterInput): Promise<Representation> {
  const actor = context.actor as StaffActor;
  const represented = await manageablePerson(context, input.representedId);
  const parsed = parsePersonalIdentityNumber(input.representativePersonalIdentityNumber.trim());
  if (!parsed.ok) throw invalid(context, [{ field: 'representativePersonalIdentityNumber', key: 'validation.personalIdentityNumber' }]);
  const today = todayInStockholm();
  const validTo = input.validTo?.trim() || null;
  const issues = representationTermsIssues(
    { validFrom: input.validFrom.trim(), validTo, documentDate: input.documentDate.trim(), representativeIsRepresented: parsed.value.normalized === represented.personalIdentityNumber },
    today,
  );
  if (issues.length > 0) throw invalid(context, issues);

  return context.em.transactional(async (em) => {
    let representative = await em.findOne(Person, { personalIdentityNumber: parsed.value.normalized });
    const newRepresentative = !representative;
    if (!representative) {
      const givenName = input.representativeGivenName?.trim();
      const familyName = input.representativeFamilyName?.trim();
      if (!givenName || !familyName) {
        throw invalid(context, [
          ...(givenName ? [] : [{ field: 'representativeGivenName', key: 'validation.representation.nameNeeded' }]),
          ...(familyName ? [] : [{ field: 'representativeFamilyName', key: 'validation.representation.nameNeeded' }]),
        ]);
      }
      representative = em.create(Person, {
        personalIdentityNumber: parsed.value.normalized,
        givenName,
        familyName,
        birthDate: parsed.value.birthDate,
        legalGender: parsed.value.legalGender,
        districtArea: null,
      });
    }
    const duplicate = await em.count(Representation, {
      representative,
      represented: represented.id,
      kind: input.kind,
      endedAt: null,
      $or: [{ validTo: null }, { validTo: { $gte: today } }],
    });
    if (duplicate > 0) throw invalid(context, [{ field: 'representativePersonalIdentityNumber', key: 'validation.representation.duplicate' }]);
    const staff = em.getReference(StaffMember, actor.staffId);
    const rep = em.create(Representation, {
      representative,
      represented: em.getReference(Person, represented.id),
      kind: input.kind,
      validFrom: input.validFrom.trim(),
      validTo,
      documentDate: input.documentDate.trim(),
      verifiedBy: staff,
      verifiedAt: new Date(),
    });
    logChange(em, rep, 'REGISTERED', actor.staffId);
    await em.flush();
    if (newRepresentative) await enqueuePersonChanged(em, representative);
    context.log.info({ representationId: rep.id, kind: rep.kind }, 'representation registered');
    return rep;
  });
}

builder.mutationField('registerRepresentation', (t) =>
  t.field({
    type: RepresentationRef,
    description:
      'Registers a representation from the paper document (fullmakt, god man, förvaltare), for a person the caseworker or manager may read. A representative not known yet is registered from personnummer and name. Logged with who registered it.',
    authScopes: (_root, _args, context) => isCasework(context.actor),
    errors: {},
    args: { input: t.arg({ type: RegisterRepresentationInput, required: true }) },
    resolve: (_root, { input }, context) => register(context, input as RegisterInput),
  }),
);

builder.mutationField('endRepresentation', (t) =>
  t.field({
    type: RepresentationRef,
    description: 'Ends a representation now ("avsluta"): it no longer lets the representative act, from this moment. Logged with who ended it.',
    authScopes: (_root, _args, context) => isCasework(context.actor),
    errors: {},
    args: { input: t.arg({ type: EndRepresentationInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = context.actor as StaffActor;
      const id = String(input.id);
      const found = isUuid(id) ? await context.em.findOne(Representation, id) : null;
      if (!found) throw new NotFoundFailure(context.t('error.notFound'));
      await manageablePerson(context, found.represented.id);
      return context.em.transactional(async (em) => {
        const rep = await em.findOneOrFail(Representation, id, { refresh: true });
        if (rep.endedAt) throw invalid(context, [{ field: 'id', key: 'validation.representation.alreadyEnded' }]);
        rep.endedAt = new Date();
        rep.endedBy = em.getReference(StaffMember, actor.staffId);
        logChange(em, rep, 'ENDED', actor.staffId);
        await em.flush();
        context.log.info({ representationId: rep.id }, 'representation ended');
        return rep;
      });
    },
  }),
);
