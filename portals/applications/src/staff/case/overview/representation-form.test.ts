import { describe, expect, it } from 'vitest';
import { emptyRepresentationForm, toRegisterRepresentationInput, validateRepresentation } from './representation-form.ts';

const TODAY = '2026-12-05';
const filled = { ...emptyRepresentationForm(TODAY), kind: 'TRUSTEE', personalIdentityNumber: '19510923-1240', documentDate: '2026-12-01' };

describe('the representation form', () => {
  it('accepts a filled-in document with an open end', () => {
    expect(validateRepresentation(filled, TODAY)).toEqual([]);
  });

  it('asks for the kind, a personnummer and the document date', () => {
    expect(validateRepresentation(emptyRepresentationForm(TODAY), TODAY).map((issue) => issue.field)).toEqual(['kind', 'representativePersonalIdentityNumber', 'documentDate']);
  });

  it('refuses an end before the start and a document dated in the future', () => {
    expect(validateRepresentation({ ...filled, validTo: '2026-11-01' }, TODAY)).toEqual([{ field: 'validTo', key: 'case.overview.representation.errors.endsBeforeStart' }]);
    expect(validateRepresentation({ ...filled, documentDate: '2026-12-06' }, TODAY)).toEqual([{ field: 'documentDate', key: 'validation.dateInFuture' }]);
  });

  it('sends blanks as null', () => {
    expect(toRegisterRepresentationInput('p-signe', filled)).toEqual({
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
