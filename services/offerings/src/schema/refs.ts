import { definePage } from '@omsorg/platform';
import type { Offering } from '../entities/offering.ts';
import type { Session } from '../entities/session.ts';
import { builder } from './builder.ts';

/** The catalogue's object types, declared here and implemented in offering.ts and session.ts (they refer to each other). */
export const OfferingRef = builder.objectRef<Offering>('Offering');
export const SessionRef = builder.objectRef<Session>('OfferingSession');
export const SessionPage = definePage(builder, 'OfferingSession', SessionRef, 'One page of sessions ("tillfällen"), ordered by start, with the total count for paging.');
