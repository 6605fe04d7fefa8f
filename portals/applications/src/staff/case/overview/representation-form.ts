import { maxLength, type FormIssue } from '../../shared/form-issues.ts';
import { isIsoDate } from '../../shared/dates.ts';
import type { RepresentationKind } from '../../types.ts';

export const representationKinds: readonly RepresentationKind[] = ['POWER_OF_ATTORNEY', 'TRUSTEE', 'ADMINISTRATOR'];

/** What the caseworker copies from the paper document. */
export interface RepresentationForm {
  kind: string;
  personalIdentityNumber: string;
  givenName: string;
  familyName: string;
  validFrom: string;
  validTo: string;
  documentDate: string;
}

export function emptyRepresentationForm(today: string): RepresentationForm {
  return { kind: '', personalIdentityNumber: '', givenName: '', familyName: '', validFrom: today, validTo: '', documentDate: '' };
}

const PERSONNUMMER = /^\d{8}-?\d{4}$/;

/** The checks the browser can make; the server checks the rest (checksum, who exists, duplicates). */
export function validateRepresentation(form: RepresentationForm, today: string): FormIssue[] {
  const key = (name: string) => `case.overview.representation.errors.${name}`;
  const issues: FormIssue[] = [];
  if (!(representationKinds as readonly string[]).includes(form.kind)) issues.push({ field: 'kind', key: key('kind') });
  if (!PERSONNUMMER.test(form.personalIdentityNumber.trim())) issues.push({ field: 'representativePersonalIdentityNumber', key: key('personalIdentityNumber') });
  issues.push(...maxLength(form.givenName, 100, 'representativeGivenName'), ...maxLength(form.familyName, 100, 'representativeFamilyName'));
  if (!isIsoDate(form.validFrom)) issues.push({ field: 'validFrom', key: 'validation.dateFormat' });
  if (form.validTo && !isIsoDate(form.validTo)) issues.push({ field: 'validTo', key: 'validation.dateFormat' });
  else if (form.validTo && isIsoDate(form.validFrom) && form.validTo < form.validFrom) issues.push({ field: 'validTo', key: key('endsBeforeStart') });
  if (!isIsoDate(form.documentDate)) issues.push({ field: 'documentDate', key: 'validation.dateFormat' });
  else if (form.documentDate > today) issues.push({ field: 'documentDate', key: 'validation.dateInFuture' });
  return issues;
}

export function toRegisterRepresentationInput(representedId: string, form: RepresentationForm) {
  return {
    representedId,
    kind: form.kind,
    representativePersonalIdentityNumber: form.personalIdentityNumber.trim(),
    representativeGivenName: form.givenName.trim() || null,
    representativeFamilyName: form.familyName.trim() || null,
    validFrom: form.validFrom,
    validTo: form.validTo || null,
    documentDate: form.documentDate,
  };
}
