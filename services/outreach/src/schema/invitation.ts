import { definePage, pageArgs, personScope, text, toPage, type RequestContext } from '@omsorg/platform';
import { INVITATION_CODE_INPUT_MAX_LENGTH, INVITATION_DECLINE_REASON_MAX_LENGTH, invitationCode } from '@omsorg/rules/outreach';
import { day } from '@omsorg/rules';
import { z } from 'zod';
import { answerInvitation, INVITATION_STATUSES, type InvitationAnswer } from '../domain/invitation.ts';
import { Invitation } from '../entities/invitation.ts';
import { Resident } from '../entities/resident.ts';
import { endInvitationSession, invitationOfSession, invitationToAnswer, openInvitationSession } from '../invitations/session.ts';
import { builder } from './builder.ts';


export const InvitationStatusEnum = builder.enumType('InvitationStatus', {
  description: 'Where an invitation stands ("svar").',
  values: {
    INVITED: { description: 'Invited, not answered yet ("inbjuden").' },
    ACCEPTED: { description: 'Said yes to a health conversation ("tackat ja").' },
    DECLINED: { description: 'Said no ("tackat nej").' },
  } satisfies Record<(typeof INVITATION_STATUSES)[number], { description: string }>,
});

/** The resident's first name, for "Hej Birgitta": nothing else of them (no address, no personnummer). */
async function firstNameOf(context: RequestContext, personId: string): Promise<string | null> {
  return (await context.em.findOne(Resident, { id: personId }, { fields: ['givenName'] }))?.givenName ?? null;
}

export const InvitationRef = builder.objectRef<Invitation>('Invitation').implement({
  description:
    'An invitation to a health conversation ("inbjudan till hälsosamtal") as the invited person sees it: by its code and birth date, or signed in as the person or their representative.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable identifier of the invitation.' }),
    status: t.field({ type: InvitationStatusEnum, description: 'Invited, accepted or declined.', resolve: (i) => i.status }),
    answered: t.boolean({ description: 'Whether the person has answered (yes or no).', resolve: (i) => i.status !== 'INVITED' }),
    answeredAt: t.string({ nullable: true, description: 'When the person last answered (ISO 8601); null before.', resolve: (i) => i.answeredAt?.toISOString() ?? null }),
    campaignName: t.string({ description: 'The campaign\'s name ("Hälsosamtal för dig som fyllt 75").', resolve: (i) => i.campaign.name }),
    campaignDescription: t.string({ description: 'Whom the campaign is for and what it offers, in words.', resolve: (i) => i.campaign.targetDescription }),
    forViewer: t.boolean({
      description: 'Whether the signed-in person is the one invited (false for an invitation of someone they represent, and without signing in).',
      resolve: (i, _a, context) => context.actor.kind === 'person' && context.actor.personId === i.personId,
    }),
    firstName: t.string({ nullable: true, description: 'The invited person\'s first name ("förnamn"); null when outreach no longer knows it.', resolve: (i, _a, context) => firstNameOf(context, i.personId) }),
  }),
});

const InvitationSessionRef = builder.objectRef<{ token: string; expiresAt: Date; invitation: Invitation }>('InvitationSession').implement({
  description: 'A session on one invitation, opened with its code and the birth date (no BankID).',
  fields: (t) => ({
    token: t.exposeString('token', {
      description: 'Give it to every invitation-scoped query and mutation. Keep it only for this visit (the tab): it opens the invitation like the code does.',
    }),
    expiresAt: t.string({ description: 'When it ends if it is not used again (ISO 8601); each use moves it 12 hours on.', resolve: (s) => s.expiresAt.toISOString() }),
    invitation: t.field({ type: InvitationRef, resolve: (s) => s.invitation }),
  }),
});

const InvitationPage = definePage(builder, 'Invitation', InvitationRef);

const tokenArg = z.string().max(100);

builder.queryField('invitation', (t) =>
  t.field({
    type: InvitationRef,
    nullable: true,
    description: 'The invitation an invitation session opens; null when the token is unknown or its session has ended (then ask for the code again).',
    authScopes: { public: true },
    args: { token: t.arg.string({ required: true, validate: tokenArg }) },
    resolve: (_root, { token }, context) => invitationOfSession(context, token),
  }),
);

builder.queryField('myInvitations', (t) =>
  t.field({
    type: InvitationPage,
    description: "The signed-in citizen's invitations and those of the persons they represent now, newest first.",
    authScopes: { citizen: true },
    args: pageArgs(t.arg),
    resolve: async (_root, args, context) => {
      if (context.actor.kind !== 'person') return toPage([], 0, args);
      const [nodes, totalCount] = await context.em.findAndCount(
        Invitation,
        { personId: { $in: personScope(context.actor) } },
        { populate: ['campaign'], orderBy: { invitedAt: 'desc', id: 'asc' }, limit: args.limit, offset: args.offset },
      );
      return toPage(nodes, totalCount, args);
    },
  }),
);

builder.mutationField('openInvitation', (t) =>
  t.field({
    type: InvitationSessionRef,
    description:
      'Opens an invitation with the code from the letter and the birth date, without signing in. A wrong code, a wrong date and an unknown code give the same NotFoundError. Limited per code (wrong attempts; then the code is locked) and per client address. Errors: NotFoundError, RateLimitError, ValidationError.',
    authScopes: { public: true },
    errors: {},
    args: {
      code: t.arg.string({
        required: true,
        validate: text({ max: INVITATION_CODE_INPUT_MAX_LENGTH, tooLong: 'validation.invitationCode.format' }).pipe(invitationCode),
        description: 'The code as typed: 12 characters; lower case, spaces and hyphens are fine ("kbf7 9xtm q4rh").',
      }),
      birthDate: t.arg.string({ required: true, validate: day({ missing: 'validation.birthDate.required' }), description: 'The birth date, YYYY-MM-DD.' }),
    },
    resolve: (_root, { code, birthDate }, context) => openInvitationSession(context, code, birthDate),
  }),
);

const answerArgs = (arg: Parameters<Parameters<typeof builder.mutationField>[1]>[0]['arg']) => ({
  token: arg.string({ validate: tokenArg.nullish(), description: 'The invitation session\'s token (answering without signing in).' }),
  invitationId: arg.id({ validate: z.uuid().nullish(), description: 'Signed in: which of your (or your represented persons\') invitations.' }),
});

async function answer(context: RequestContext, by: { token?: string | null; invitationId?: string | null }, outcome: InvitationAnswer, reason: string | null) {
  const invitation = await invitationToAnswer(context, by);
  const next = answerInvitation({ status: invitation.status, answeredAt: invitation.answeredAt ?? null, declineReason: invitation.declineReason ?? null }, outcome, reason, new Date());
  Object.assign(invitation, next);
  await context.em.flush();
  context.log.info({ invitationId: invitation.id, status: invitation.status }, 'invitation answered');
  return invitation;
}

builder.mutationField('acceptInvitation', (t) =>
  t.field({
    type: InvitationRef,
    description: 'Says yes to the health conversation ("Ja, jag vill boka ett samtal"), by the session token or, signed in, by invitation id. Errors: NotFoundError, ValidationError.',
    authScopes: { public: true },
    errors: {},
    args: answerArgs(t.arg),
    resolve: (_root, args, context) => answer(context, args, 'ACCEPTED', null),
  }),
);

builder.mutationField('declineInvitation', (t) =>
  t.field({
    type: InvitationRef,
    description: 'Says no thank you ("Nej tack"), with a reason if the person wants to give one. Errors: NotFoundError, ValidationError.',
    authScopes: { public: true },
    errors: {},
    args: {
      ...answerArgs(t.arg),
      reason: t.arg.string({
        validate: text({ max: INVITATION_DECLINE_REASON_MAX_LENGTH, multiline: true }).nullish(),
        description: `Why, in the person's words; optional, at most ${INVITATION_DECLINE_REASON_MAX_LENGTH} characters.`,
      }),
    },
    resolve: (_root, args, context) => answer(context, args, 'DECLINED', args.reason ? args.reason : null),
  }),
);

builder.mutationField('endInvitationSession', (t) =>
  t.field({
    type: 'Boolean',
    description: 'Ends an invitation session ("Avsluta"): its token opens nothing after. Ending an ended one is fine.',
    authScopes: { public: true },
    errors: {},
    args: { token: t.arg.string({ required: true, validate: tokenArg }) },
    resolve: async (_root, { token }, context) => {
      await endInvitationSession(context, token);
      return true;
    },
  }),
);
