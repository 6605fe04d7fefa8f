import { defineEntity, p } from '@mikro-orm/core';
import { InvitationSchema } from './invitation.ts';

/**
 * A session opened with an invitation's code and the person's birth date (no BankID): the
 * browser holds a random token, the database only its SHA-256. It opens that one invitation
 * (domain/access.ts, "Invitations") until `expiresAt`, which moves on with each use. Opening
 * again replaces the invitation's earlier sessions.
 */
export const InvitationSessionSchema = defineEntity({
  name: 'InvitationSession',
  tableName: 'invitation_session',
  properties: {
    /** SHA-256 of the token, hex. */
    tokenHash: p.string().length(64).primary(),
    invitation: () => p.manyToOne(InvitationSchema).index().deleteRule('cascade'),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime().index(),
  },
});

export class InvitationSession extends InvitationSessionSchema.class {}
InvitationSessionSchema.setClass(InvitationSession);
