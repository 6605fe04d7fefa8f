import type { StaffRole } from '@omsorg/platform';
import { builder } from '../builder.ts';
import { StaffRoleEnum } from './enums.ts';

/** Refused by the delegation order: the message says who decides instead. */
export class DelegationFailure extends Error {
  readonly requiredRole: StaffRole;
  constructor(message: string, requiredRole: StaffRole) {
    super(message);
    this.name = 'DelegationFailure';
    this.requiredRole = requiredRole;
  }
}

builder.objectType(DelegationFailure, {
  name: 'DelegationError',
  description:
    'The delegation order ("delegationsordning") reserves this decision for a manager (enhetschef or biträdande enhetschef). A caseworker may propose the decision instead.',
  // The Error interface is created by the platform builder; it is referred to by name.
  interfaces: ['Error' as never],
  fields: (t) => ({
    requiredRole: t.field({ type: StaffRoleEnum, description: 'The role that may decide.', resolve: (error) => error.requiredRole }),
  }),
});
