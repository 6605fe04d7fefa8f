import type { RequestContext } from '@omsorg/platform';
import { doesCasework } from '../../domain/access.ts';
import { COMMUNICATION_EXCEPTIONS, communicationStatus, type CommunicationException, type CommunicationStatus } from '../../domain/communication-before-decision.ts';
import { todayInStockholm } from '../../domain/stockholm-time.ts';
import { Investigation } from '../../entities/investigation.ts';
import { ApplicationRef } from '../application.ts';
import { builder } from '../builder.ts';
import { DecisionRef } from './refs.ts';

const EXCEPTION_TERMS: Record<CommunicationException, string> = {
  NOT_AGAINST_PARTY: 'The decision does not go against the applicant ("beslutet går inte parten emot", 25 § 1).',
  OBVIOUSLY_UNNECESSARY: 'The material lacks importance, or communication is otherwise obviously unnecessary ("uppenbart obehövligt", 25 § 1).',
  WOULD_HINDER_DECISION: 'Communication could make the decision considerably harder to carry out ("avsevärt svårare att genomföra beslutet", 25 § 2).',
  CANNOT_BE_DEFERRED: 'The decision cannot be deferred ("avgörandet kan inte skjutas upp", 25 § 3).',
};

export const CommunicationExceptionEnum = builder.enumType('CommunicationException', {
  description: 'An exception in förvaltningslagen (2017:900) 25 § to communicating the investigation before a decision against the applicant.',
  values: Object.fromEntries(COMMUNICATION_EXCEPTIONS.map((value) => [value, { description: EXCEPTION_TERMS[value] }])) as {
    [K in CommunicationException]: { description: string };
  },
});

export const CommunicationStateEnum = builder.enumType('CommunicationState', {
  description: 'Where communication of the investigation before the decision stands ("kommunicering").',
  values: {
    NOT_COMMUNICATED: { description: 'Not sent to the applicant.' },
    WINDOW_OPEN: { description: 'Sent; the applicant may still respond (up to and including responseDueOn, Stockholm time).' },
    RESPONDED: { description: 'The applicant has responded.' },
    WINDOW_PASSED: { description: 'The last day to respond has passed without a response.' },
  } as const,
});

const DecisionCommunicationRef = builder.objectRef<CommunicationStatus>('DecisionCommunication').implement({
  description:
    'Whether a decision against the applicant (denied, or granted in part) may be made now: only once the investigation is communicated and answered or its window passed, or with an exception from förvaltningslagen 25 §.',
  fields: (t) => ({
    state: t.field({ type: CommunicationStateEnum, resolve: (status) => status.state }),
    responseDueOn: t.string({ nullable: true, description: 'The last day to respond, "YYYY-MM-DD" (Stockholm), once communicated.', resolve: (status) => status.responseDueOn }),
    adverseDecisionAllowed: t.boolean({
      description: 'A denial or partial grant may be made without an exception.',
      resolve: (status) => status.state === 'RESPONDED' || status.state === 'WINDOW_PASSED',
    }),
  }),
});

builder.objectField(ApplicationRef, 'communicationBeforeDecision', (t) =>
  t.loadable({
    type: DecisionCommunicationRef,
    description: 'Where communication before the decision stands today (Stockholm). Staff only.',
    authScopes: (_parent: unknown, _args: unknown, context: RequestContext) => doesCasework(context.actor),
    load: async (ids: string[], context: RequestContext) => {
      const investigations = await context.em.find(Investigation, { application: { $in: ids } });
      const today = todayInStockholm();
      return ids.map((id) => communicationStatus(investigations.find((candidate) => candidate.application.id === id) ?? null, today));
    },
    resolve: (application) => application.id,
  }),
);

builder.objectFields(DecisionRef, (t) => ({
  communicationException: t.field({
    type: CommunicationExceptionEnum,
    nullable: true,
    description: 'The exception in förvaltningslagen 25 § the decision was made under without complete communication; null when it needed none.',
    resolve: (decision) => decision.communicationException ?? null,
  }),
  communicationExceptionNote: t.string({
    nullable: true,
    description: 'Why the exception applies, as the decision maker wrote it.',
    resolve: (decision) => decision.communicationExceptionNote ?? null,
  }),
}));
