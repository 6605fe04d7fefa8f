import { describe, expect, it } from 'vitest';
import { isIsoDate, representationTermsIssues } from './representation-terms.ts';

const TODAY = '2026-12-05';
const ok = { validFrom: '2026-12-01', validTo: null, documentDate: '2026-11-30', representativeIsRepresented: false };

describe('representationTermsIssues', () => {
  it('accepts a document with an open end', () => {
    expect(representationTermsIssues(ok, TODAY)).toEqual([]);
  });

  it('refuses a person representing themself', () => {
    expect(representationTermsIssues({ ...ok, representativeIsRepresented: true }, TODAY)).toEqual([
      { field: 'representativePersonalIdentityNumber', key: 'validation.representation.self' },
    ]);
  });

  it('refuses an end before the start, an end already passed and a document dated in the future', () => {
    expect(representationTermsIssues({ ...ok, validTo: '2026-11-01' }, TODAY)).toEqual([{ field: 'validTo', key: 'validation.representation.endsBeforeStart' }]);
    expect(representationTermsIssues({ ...ok, validFrom: '2026-01-01', validTo: '2026-06-30' }, TODAY)).toEqual([{ field: 'validTo', key: 'validation.representation.alreadyOver' }]);
    expect(representationTermsIssues({ ...ok, documentDate: '2026-12-06' }, TODAY)).toEqual([{ field: 'documentDate', key: 'validation.representation.documentInFuture' }]);
  });

  it('refuses dates that do not exist', () => {
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(representationTermsIssues({ ...ok, validFrom: '2026-13-01' }, TODAY)).toEqual([{ field: 'validFrom', key: 'validation.date' }]);
  });
});
