import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { accessDenied, idSchema, isUuid, shortText, type RequestContext, type StaffActor } from '@omsorg/platform';
import { isRegistrationChannel, receivedAtIssues, type RegistrationChannel } from '@omsorg/rules/applications';
import { mayRegisterApplication } from '../../domain/access.ts';
import { completenessIssues, mergeDraftAnswers, type DraftAnswersInput } from '../../domain/answers-validation.ts';
import { emptyAnswers } from '../../domain/answers.ts';
import { registeredIntake } from '../../domain/intake.ts';
import { receivedInstant, stockholmClock } from '../../domain/received-at.ts';
import { Application } from '../../entities/application.ts';
import { loggedCase } from '../../queries/casework/case-reads.ts';
import { createRegisteredApplication } from '../../queries/casework/registered-application.ts';
import { invalid } from '../../queries/casework/scope.ts';
import { ApplicationRef } from '../application.ts';
import { builder } from '../builder.ts';
import { ApplicationAnswersInput } from '../citizen/answers.ts';
import { ApplicationChannelEnum } from '../citizen/application-fields.ts';

/*
 * Applications that come by phone, on paper, through the contact centre Äldre direkt or as a
 * hospital discharge notice: staff write them down for the person, with the same answers (and
 * the same checks) as the portal's form, the channel and when the unit received them.
 */

const RegisterApplicationInput = builder.inputType('RegisterApplicationInput', {
  description: 'An application that came by phone, paper, the contact centre or a discharge notice ("registrera ansökan").',
  fields: (t) => ({
    applicantId: t.id({ required: true, validate: idSchema, description: 'The person it is for (identity: personByPersonalIdentityNumber, or registerPerson when new).' }),
    channel: t.field({ type: ApplicationChannelEnum, required: true, description: 'PHONE, PAPER, CONTACT_CENTRE or HOSPITAL_DISCHARGE (the last is always urgent and goes to the intake group).' }),
    receivedOn: t.string({ required: true, validate: shortText(), description: 'The Stockholm day the unit received it, YYYY-MM-DD; not in the future.' }),
    receivedTime: t.string({ required: true, validate: shortText(), description: 'The Stockholm time of day, HH:MM; not in the future.' }),
    urgent: t.boolean({ description: 'Marks it urgent ("brådskande") for another channel; a discharge notice always is.' }),
    answers: t.field({ type: ApplicationAnswersInput, required: true, description: 'As the portal sends them; the application must be complete.' }),
    registrationKey: t.id({ required: true, description: 'A UUID the page makes once per form: pressing again never makes a second case.' }),
  }),
});

type Input = {
  applicantId: string;
  channel: string;
  receivedOn: string;
  receivedTime: string;
  urgent?: boolean | null;
  answers: DraftAnswersInput;
  registrationKey: string;
};

/** What is wrong with the registration, as typed issues: the channel, the time, the answers (the portal's rule). */
function registrationIssues(input: Input, answers: ReturnType<typeof mergeDraftAnswers>): Array<{ field: string; key: string }> {
  const issues: Array<{ field: string; key: string }> = [];
  if (!isRegistrationChannel(input.channel)) issues.push({ field: 'channel', key: 'validation.intake.channel' });
  issues.push(...receivedAtIssues({ receivedOn: input.receivedOn, receivedTime: input.receivedTime }, stockholmClock()));
  issues.push(...completenessIssues(answers).map((issue) => ({ field: `answers.${issue.field}`, key: issue.key })));
  return issues;
}

async function register(context: RequestContext, actor: StaffActor, input: Input): Promise<Application> {
  const answers = mergeDraftAnswers(emptyAnswers(), input.answers);
  const issues = registrationIssues(input, answers);
  if (issues.length > 0) throw invalid(context, issues);
  if (!isUuid(input.registrationKey)) throw invalid(context, [{ field: 'registrationKey', key: 'validation.invalidId' }]);
  const channel = input.channel as RegistrationChannel;
  const { unit, urgent } = registeredIntake(channel, actor.unit, input.urgent ?? false);

  return context.em.transactional(async (em) => {
    const earlier = await em.findOne(Application, { submissionKey: input.registrationKey }, { populate: ['requestedServices'] });
    if (earlier) {
      if (earlier.registeredById !== actor.staffId) throw invalid(context, [{ field: 'registrationKey', key: 'validation.application.submissionKeyUsed' }]);
      return earlier;
    }
    const submittedAt = receivedInstant({ receivedOn: input.receivedOn, receivedTime: input.receivedTime });
    const registration = { applicantId: input.applicantId, registeredById: actor.staffId, unit, channel, urgent, answers, submissionKey: input.registrationKey, submittedAt };
    return createRegisteredApplication(em, actor, registration);
  });
}

builder.mutationField('registerApplication', (t) =>
  t.field({
    type: ApplicationRef,
    description:
      'Registers an application that came by phone, paper, the contact centre or a hospital discharge notice ("registrera ansökan"), for a person found by personnummer, with the same answers as the portal. Caseworkers and managers (else FORBIDDEN). A discharge notice is urgent and goes to the intake group; anything else to your unit. Idempotent by registrationKey. Errors: ValidationError (channel, received time in the future, incomplete answers).',
    errors: {},
    args: { input: t.arg({ type: RegisterApplicationInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      if (!mayRegisterApplication(context.actor)) throw accessDenied(context);
      const actor = context.actor;
      let application: Application;
      try {
        application = await register(context, actor, input as Input);
      } catch (error) {
        if (error instanceof UniqueConstraintViolationException) throw invalid(context, [{ field: 'registrationKey', key: 'validation.application.submissionKeyUsed' }]);
        throw error;
      }
      const registered = await context.em.findOneOrFail(Application, application.id, { populate: ['requestedServices'], refresh: true });
      // The registrar sees what they wrote down; the read is logged like any other.
      return loggedCase(context, 'CaseChange', registered);
    },
  }),
);
