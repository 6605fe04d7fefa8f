import { day, isIsoDate, optionalDay } from '@omsorg/rules';
import { z } from 'zod';
import { RepresentationKind, type RegisterRepresentationInput } from '../../../generated/graphql.ts';

/** In the order offered. */
export const representationKinds: readonly RepresentationKind[] = [RepresentationKind.PowerOfAttorney, RepresentationKind.Trustee, RepresentationKind.Administrator];

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
const key = (name: string) => `case.overview.representation.errors.${name}`;
const name = z.string().trim().max(100, 'validation.tooLong');

/** The checks the browser can make; the server checks the rest (checksum, who exists, duplicates). */
export function representationSchema(today: string) {
  return z
    .object({
      kind: z.string().refine((value) => (representationKinds as readonly string[]).includes(value), key('kind')),
      personalIdentityNumber: z.string().trim().regex(PERSONNUMMER, key('personalIdentityNumber')),
      givenName: name,
      familyName: name,
      validFrom: day(),
      validTo: optionalDay,
      documentDate: day({ notAfter: today }),
    })
    .superRefine((form, ctx) => {
      const { validFrom, validTo } = form;
      if (typeof validTo === 'string' && isIsoDate(validTo) && isIsoDate(validFrom) && validTo < validFrom) {
        ctx.addIssue({ code: 'custom', path: ['validTo'], message: key('endsBeforeStart') });
      }
    });
}

export function toRegisterRepresentationInput(representedId: string, form: z.output<ReturnType<typeof representationSchema>>): RegisterRepresentationInput {
  return {
    representedId,
    kind: form.kind as RepresentationKind,
    representativePersonalIdentityNumber: form.personalIdentityNumber,
    representativeGivenName: form.givenName || null,
    representativeFamilyName: form.familyName || null,
    validFrom: form.validFrom,
    validTo: form.validTo,
    documentDate: form.documentDate,
  };
}
