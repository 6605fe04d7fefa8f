import { defineEntity, p } from '@mikro-orm/core';
import { REPRESENTATION_KINDS } from '../domain/representation.ts';
import { PersonSchema } from './person.ts';
import { StaffMemberSchema } from './staff-member.ts';

/** Who may act for whom: a power of attorney, a trustee (god man) or an administrator (förvaltare). */
export const RepresentationSchema = defineEntity({
  name: 'Representation',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    representative: () => p.manyToOne(PersonSchema).index(),
    represented: () => p.manyToOne(PersonSchema).index(),
    kind: p.enum(REPRESENTATION_KINDS),
    validFrom: p.date(),
    validTo: p.date().nullable(),
    verifiedBy: () => p.manyToOne(StaffMemberSchema).nullable(),
    verifiedAt: p.datetime().nullable(),
    /** The date of the paper document (fullmakt, tingsrättens beslut). */
    documentDate: p.date().nullable(),
    /** Ended by staff: no longer in force from this moment, whatever validTo says. */
    endedAt: p.datetime().nullable(),
    endedBy: () => p.manyToOne(StaffMemberSchema).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Representation extends RepresentationSchema.class {}
RepresentationSchema.setClass(Representation);
