import type { MeQuery } from '../generated/graphql.ts';

/** Who is signed in, as the Me query (composables/me.graphql) reads it. */
export type Actor = NonNullable<MeQuery['me']>;
export type Person = Extract<Actor, { __typename: 'Person' }>;
export type StaffMember = Extract<Actor, { __typename: 'StaffMember' }>;
export type Representation = Person['mayActFor'][number];
export { RepresentationKind, StaffRole } from '../generated/graphql.ts';
