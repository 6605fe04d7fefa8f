/** A representation as staff register it from the paper document. */
export type RepresentationTermsInput = {
  validFrom: string;
  validTo: string | null;
  documentDate: string;
  representativeIsRepresented: boolean;
};

export type TermsIssue = { field: 'validFrom' | 'validTo' | 'documentDate' | 'representativePersonalIdentityNumber'; key: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** What is wrong with the terms, as message keys per field; empty when they may be registered. */
export function representationTermsIssues(terms: RepresentationTermsInput, today: string): TermsIssue[] {
  const issues: TermsIssue[] = [];
  if (terms.representativeIsRepresented) issues.push({ field: 'representativePersonalIdentityNumber', key: 'validation.representation.self' });
  if (!isIsoDate(terms.validFrom)) issues.push({ field: 'validFrom', key: 'validation.date' });
  if (!isIsoDate(terms.documentDate)) issues.push({ field: 'documentDate', key: 'validation.date' });
  else if (terms.documentDate > today) issues.push({ field: 'documentDate', key: 'validation.representation.documentInFuture' });
  if (terms.validTo !== null) {
    if (!isIsoDate(terms.validTo)) issues.push({ field: 'validTo', key: 'validation.date' });
    else if (isIsoDate(terms.validFrom) && terms.validTo < terms.validFrom) issues.push({ field: 'validTo', key: 'validation.representation.endsBeforeStart' });
    else if (terms.validTo < today) issues.push({ field: 'validTo', key: 'validation.representation.alreadyOver' });
  }
  return issues;
}
