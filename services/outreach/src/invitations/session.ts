import { createHash, randomBytes } from 'node:crypto';
import { enforceRateLimit, NotFoundFailure, rateLimitSubject, refuseIfRateLimited, type RequestContext } from '@omsorg/platform';
import { mayAnswerInvitationSignedIn, sessionOpensInvitation } from '../domain/access.ts';
import { INVITATION_HELP_PHONE, slidSessionExpiry } from '../domain/invitation.ts';
import { hashInvitationCode, invitationCodePepper, normalizeInvitationCode } from '../domain/invitation-code.ts';
import { InvitationSession } from '../entities/invitation-session.ts';
import { Invitation } from '../entities/invitation.ts';
import { Resident } from '../entities/resident.ts';
import { invitationCodeFailuresLimit, invitationOpensLimit } from '../rate-limits.ts';

/*
 * The citizen's way in without BankID: the invitation's code and the person's birth date open a
 * session on that one invitation. Every invitation-scoped read and answer finds its invitation
 * here (invitationOfSession, invitationToAnswer), so the rule is checked in one place
 * (domain/access.ts, "Invitations").
 */

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
/** A session's expiry is moved on at most this often, so each page view need not write. */
const SLIDE_EVERY_MS = 5 * 60_000;

/** "Koden och födelsedatumet hör inte ihop …": the one answer for a wrong code, a wrong date or an unknown code. */
function noMatch(context: RequestContext): NotFoundFailure {
  return new NotFoundFailure(context.t('invitation.noMatch', { phone: INVITATION_HELP_PHONE }));
}

/**
 * Opens a session for the invitation whose code and birth date match, and returns its token
 * (random, 32 bytes, base64url; only its hash is stored) with the invitation. Earlier sessions
 * of the invitation end. `code` is normalised already; `birthDate` is YYYY-MM-DD.
 * Limits: every attempt from a client address counts (invitationOpensLimit); wrong attempts at
 * one code count, and a code with too many is locked before its date is looked at
 * (invitationCodeFailuresLimit). Throws NotFoundFailure (no match) or RateLimitFailure.
 */
export async function openInvitationSession(context: RequestContext, code: string, birthDate: string): Promise<{ token: string; invitation: Invitation; expiresAt: Date }> {
  const subject = rateLimitSubject(context);
  const limited = withHelpPhone(context);
  if (subject) await enforceRateLimit(limited, invitationOpensLimit(), subject, 'invitation.tooManyAttempts');
  const normalized = normalizeInvitationCode(code);
  if (!normalized) throw noMatch(context);
  const codeHash = hashInvitationCode(normalized, invitationCodePepper());
  const codeSubject = `invitation-code:${codeHash}`;
  await refuseIfRateLimited(limited, invitationCodeFailuresLimit(), codeSubject, 'invitation.locked');
  // The first letter's code and the reminder's both open the invitation.
  const invitation = await context.em.findOne(Invitation, { $or: [{ codeHash }, { reminderCodeHash: codeHash }] }, { populate: ['campaign'] });
  const resident = invitation && (await context.em.findOne(Resident, { id: invitation.personId }, { fields: ['birthDate'] }));
  if (!invitation || !resident || resident.birthDate !== birthDate) {
    await enforceRateLimit(limited, invitationCodeFailuresLimit(), codeSubject, 'invitation.locked');
    context.log.info({ known: Boolean(invitation) }, 'invitation code and birth date did not match');
    throw noMatch(context);
  }
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const expiresAt = slidSessionExpiry(now);
  await context.em.nativeDelete(InvitationSession, { $or: [{ invitation: invitation.id }, { expiresAt: { $lte: now } }] });
  await context.em.insertMany(InvitationSession, [{ tokenHash: tokenHash(token), invitation: invitation.id, createdAt: now, expiresAt }]);
  context.log.info({ invitationId: invitation.id }, 'invitation session opened');
  return { token, invitation, expiresAt };
}

/** The context with a translator that also fills in {phone}: the limits' messages name whom to call. */
function withHelpPhone(context: RequestContext): RequestContext {
  return { ...context, t: (key, params) => context.t(key, { phone: INVITATION_HELP_PHONE, ...params }) };
}

/**
 * The invitation a token's session opens, or null (unknown token, ended session): the one check
 * of a token. Each use moves the session's end on (INVITATION_SESSION_HOURS after the last use).
 */
export async function invitationOfSession(context: RequestContext, token: string): Promise<Invitation | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const session = await context.em.findOne(InvitationSession, { tokenHash: tokenHash(token) });
  const now = new Date();
  if (!session || !sessionOpensInvitation({ invitationId: session.invitation.id, expiresAt: session.expiresAt }, session.invitation.id, now)) return null;
  const invitation = await context.em.findOne(Invitation, { id: session.invitation.id }, { populate: ['campaign'] });
  if (!invitation || !sessionOpensInvitation({ invitationId: session.invitation.id, expiresAt: session.expiresAt }, invitation.id, now)) return null;
  const next = slidSessionExpiry(now);
  if (next.getTime() - session.expiresAt.getTime() > SLIDE_EVERY_MS) {
    await context.em.nativeUpdate(InvitationSession, { tokenHash: session.tokenHash }, { expiresAt: next });
  }
  return invitation;
}

/** Ends a token's session ("Avsluta"). Ending one that has ended already is fine. */
export async function endInvitationSession(context: RequestContext, token: string): Promise<void> {
  await context.em.nativeDelete(InvitationSession, { tokenHash: tokenHash(token) });
}

/**
 * The invitation an answer is for: by the token of an invitation session, or, signed in, by id
 * among those of the person and of whom they represent. NotFoundFailure otherwise (the same for
 * "not there" and "not yours").
 */
export async function invitationToAnswer(context: RequestContext, by: { token?: string | null; invitationId?: string | null }): Promise<Invitation> {
  if (by.token) {
    const invitation = await invitationOfSession(context, by.token);
    if (!invitation) throw new NotFoundFailure(context.t('invitation.sessionEnded'));
    // A token answers only its own invitation, whatever id comes with it.
    if (by.invitationId && by.invitationId !== invitation.id) throw new NotFoundFailure(context.t('invitation.notFound'));
    return invitation;
  }
  if (by.invitationId) {
    const invitation = await context.em.findOne(Invitation, { id: by.invitationId }, { populate: ['campaign'] });
    if (invitation && mayAnswerInvitationSignedIn(context.actor, invitation)) return invitation;
  }
  throw new NotFoundFailure(context.t('invitation.notFound'));
}
