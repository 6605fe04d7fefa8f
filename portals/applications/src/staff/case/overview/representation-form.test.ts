import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../testing/schema-issues.ts';
import { emptyRepresentationForm, representationSchema, toRegisterRepresentationInput } from './representation-form.ts';

const TODAY = '2026-12-05';
const schema = representationSchema(TODAY);
const filled = { ...emptyRepresentationForm(TODAY), kind: 'TRUSTEE', personalIdentityNumber: '19510923-1240', documentDate: '2026-12-01' };

describe('the representation form', () => {
  it('accepts a filled-in document with an open end', () => {
    expect(issuesOf(schema, filled)).toEqual([]);
  });

  it('asks for the kind, a personnummer and the document date', () => {
    expect(issuesOf(schema, emptyRepresentationForm(TODAY))).toEqual([
      ['kind', 'case.overview.representation.errors.kind'],
      ['personalIdentityNumber', 'case.overview.representation.errors.personalIdentityNumber'],
      ['documentDate', 'validation.required'],
    ]);
  });

  it('refuses an end before the start and a document dated in the future', () => {
    expect(issuesOf(schema, { ...filled, validTo: '2026-11-01' })).toEqual([['validTo', 'case.overview.representation.errors.endsBeforeStart']]);
    expect(issuesOf(schema, { ...filled, documentDate: '2026-12-06' })).toEqual([['documentDate', 'validation.notInFuture']]);
  });

  it('sends blanks as null', () => {
    expect(toRegisterRepresentationInput('p-signe', schema.parse({ ...filled, givenName: ' ' }))).toEqual({
      representedId: 'p-signe',
      kind: 'TRUSTEE',
      representativePersonalIdentityNumber: '19510923-1240',
      representativeGivenName: null,
      representativeFamilyName: null,
      validFrom: TODAY,
      validTo: null,
      documentDate: '2026-12-01',
    });
  });
});
