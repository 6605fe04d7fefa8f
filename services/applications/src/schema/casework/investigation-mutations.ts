import { HOME_VISIT_PLACE_MAX_LENGTH, INVESTIGATION_TEXT_MAX_LENGTH } from '@omsorg/rules/applications';
import { addresseeOf } from '../../mail/addressee.ts';
import { homeVisitInvitationMail, investigationCommunicatedMail } from '../../mail/case-notices.ts';
import { enqueueMail } from '../../mail/mail-queue.ts';
import { accessDenied, type RequestContext, type StaffActor, hasForbiddenCharacters, shortText, text } from '@omsorg/platform';
import { maySeeViolenceScreening } from '../../domain/access.ts';
import { addDaysTo } from '../../domain/calendar.ts';
import type { DecisionIssue } from '../../domain/decision-rules.ts';
import { OPEN_STATUSES } from '../../domain/inbox.ts';
import { recordedResponseRefusal, type ClosedForResponses } from '../../domain/investigation-response.ts';
import type { LifeArea } from '../../domain/life-areas.ts';
import { todayInStockholm } from '../../domain/stockholm-time.ts';
import type { Application } from '../../entities/application.ts';
import { Investigation } from '../../entities/investigation.ts';
import { caseworkActor, checkPastDay, checkVersion, invalid, invalidField, loadCase, saveCase } from '../../queries/casework/scope.ts';
import { responseStateOf } from '../../queries/awaiting-decision.ts';
import { recordEvent } from '../../queries/events.ts';
import { ApplicationRef } from '../application.ts';
import { builder } from '../builder.ts';
import { LifeAreaEnum } from './enums.ts';

const TEXT_MAX_LENGTH = INVESTIGATION_TEXT_MAX_LENGTH;
const PLACE_MAX_LENGTH = HOME_VISIT_PLACE_MAX_LENGTH;
/** Free text of the investigation: what the caseworker writes, line breaks kept. */
const investigationText = () => text({ max: TEXT_MAX_LENGTH, multiline: true, keepWhitespace: true });
export const DEFAULT_RESPONSE_DAYS = 7;
const MAX_RESPONSE_DAYS = 60;
const SCREENING_METHODS = ['FREDA', 'REAGERA_S'] as const;

/** The case, checked for version and still open for investigation; its investigation, created if none. */
async function openInvestigation(context: RequestContext, actor: StaffActor, applicationId: string, version: number): Promise<{ application: Application; investigation: Investigation }> {
  const application = await loadCase(context, actor, applicationId);
  checkVersion(context, application, version);
  if (!OPEN_STATUSES.includes(application.status)) throw invalidField(context, 'applicationId', 'validation.application.notOpen');
  const investigation =
    (await context.em.findOne(Investigation, { application })) ?? context.em.create(Investigation, { application, lifeAreas: {}, serviceDescriptions: {}, assessment: '' });
  return { application, investigation };
}

function textIssue(field: string, value: string, required = false): DecisionIssue | null {
  if (required && value.trim().length === 0) return { field, key: 'validation.required' };
  return value.length > TEXT_MAX_LENGTH ? { field, key: 'validation.tooLong', params: { maximum: TEXT_MAX_LENGTH } } : null;
}

const LifeAreaInput = builder.inputType('LifeAreaInput', {
  description: 'Needs, wishes and resources in one life area. A field left out keeps what was saved.',
  fields: (t) => ({
    area: t.field({ type: LifeAreaEnum, required: true }),
    needs: t.string({ validate: investigationText().nullish(), description: 'Behov.' }),
    wishes: t.string({ validate: investigationText().nullish(), description: 'Önskemål.' }),
    resources: t.string({ validate: investigationText().nullish(), description: 'Egna resurser och nätverk.' }),
  }),
});

const ServiceDescriptionInput = builder.inputType('ServiceDescriptionInput', {
  description: 'What the investigation says about one requested service of this application.',
  fields: (t) => ({ requestedServiceId: t.id({ required: true }), text: t.string({ required: true, validate: investigationText() }) }),
});

const SaveInvestigationInput = builder.inputType('SaveInvestigationInput', {
  fields: (t) => ({
    applicationId: t.id({ required: true }),
    version: t.int({ required: true, description: 'The case version you saw.' }),
    lifeAreas: t.field({ type: [LifeAreaInput], description: 'Areas to save; areas left out keep what was saved.' }),
    serviceDescriptions: t.field({ type: [ServiceDescriptionInput], description: 'Descriptions to save; an empty text removes one.' }),
    assessment: t.string({ validate: investigationText().nullish(), description: 'The caseworker’s assessment ("bedömning"), never communicated.' }),
  }),
});

builder.mutationField('saveInvestigation', (t) =>
  t.field({
    type: ApplicationRef,
    description: 'Saves the needs investigation by life area ("spara utredning"). A case still in the inbox moves to IN_INVESTIGATION.',
    errors: {},
    args: { input: t.arg({ type: SaveInvestigationInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const { application, investigation } = await openInvestigation(context, actor, input.applicationId, input.version);
      const serviceIds = new Set(application.requestedServices.getItems().map((service) => service.id));
      const issues: DecisionIssue[] = [];
      const lifeAreas = { ...investigation.lifeAreas };
      (input.lifeAreas ?? []).forEach((entry, index) => {
        const saved = lifeAreas[entry.area as LifeArea] ?? { needs: '', wishes: '', resources: '' };
        const next = { needs: entry.needs ?? saved.needs, wishes: entry.wishes ?? saved.wishes, resources: entry.resources ?? saved.resources };
        for (const key of ['needs', 'wishes', 'resources'] as const) {
          const issue = textIssue(`lifeAreas.${index}.${key}`, next[key]);
          if (issue) issues.push(issue);
        }
        lifeAreas[entry.area as LifeArea] = next;
      });
      const descriptions = { ...investigation.serviceDescriptions };
      (input.serviceDescriptions ?? []).forEach((entry, index) => {
        if (!serviceIds.has(entry.requestedServiceId)) issues.push({ field: `serviceDescriptions.${index}.requestedServiceId`, key: 'validation.investigation.unknownService' });
        const issue = textIssue(`serviceDescriptions.${index}.text`, entry.text);
        if (issue) issues.push(issue);
        if (entry.text.trim()) descriptions[entry.requestedServiceId] = entry.text.trim();
        else delete descriptions[entry.requestedServiceId];
      });
      if (input.assessment !== null && input.assessment !== undefined) {
        const issue = textIssue('assessment', input.assessment);
        if (issue) issues.push(issue);
      }
      if (issues.length) throw invalid(context, issues);

      investigation.lifeAreas = lifeAreas;
      investigation.serviceDescriptions = descriptions;
      if (input.assessment !== null && input.assessment !== undefined) investigation.assessment = input.assessment;
      if (application.status === 'SUBMITTED') application.status = 'IN_INVESTIGATION';
      recordEvent(context.em, application, context.actor, 'INVESTIGATION_SAVED', {
        lifeAreas: (input.lifeAreas ?? []).map((entry) => entry.area),
        serviceDescriptions: (input.serviceDescriptions ?? []).length,
        assessment: input.assessment !== null && input.assessment !== undefined,
      });
      await saveCase(context, application);
      return application;
    },
  }),
);

const SaveViolenceScreeningInput = builder.inputType('SaveViolenceScreeningInput', {
  fields: (t) => ({
    applicationId: t.id({ required: true }),
    version: t.int({ required: true }),
    method: t.string({ required: true, validate: shortText(), description: 'FREDA or REAGERA_S.' }),
    answers: t.string({ required: true, description: 'A JSON object of question → answer, both text.' }),
    notes: t.string({ validate: investigationText().nullish() }),
  }),
});

function parseAnswers(text: string): Record<string, string> | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    const entries = Object.entries(parsed as Record<string, unknown>);
    // Keys and answers are free text too: no control characters, lone surrogates or bidi overrides.
    const clean = entries.every(([key, value]) => typeof value === 'string' && !hasForbiddenCharacters(value, { multiline: true }) && !hasForbiddenCharacters(key));
    return clean ? (Object.fromEntries(entries) as Record<string, string>) : null;
  } catch {
    return null;
  }
}

builder.mutationField('saveViolenceScreening', (t) =>
  t.field({
    type: ApplicationRef,
    description:
      'Saves the violence screening ("våldsscreening", FREDA or REAGERA S). Only the assigned caseworker or a manager (else FORBIDDEN). The answers are not written to the case history. Errors: NotFoundError, ConflictError (with currentVersion), ValidationError.',
    errors: {},
    args: { input: t.arg({ type: SaveViolenceScreeningInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const { application, investigation } = await openInvestigation(context, actor, input.applicationId, input.version);
      if (!maySeeViolenceScreening(actor, application)) throw accessDenied(context);
      const issues: DecisionIssue[] = [];
      if (!(SCREENING_METHODS as readonly string[]).includes(input.method)) issues.push({ field: 'method', key: 'validation.violenceScreening.method' });
      const answers = input.answers.length <= TEXT_MAX_LENGTH ? parseAnswers(input.answers) : null;
      if (!answers) issues.push({ field: 'answers', key: 'validation.violenceScreening.answers' });
      const notes = input.notes ?? '';
      const notesIssue = textIssue('notes', notes);
      if (notesIssue) issues.push(notesIssue);
      if (issues.length || !answers) throw invalid(context, issues);

      investigation.violenceScreening = { askedOn: todayInStockholm(), method: input.method as (typeof SCREENING_METHODS)[number], answers, notes };
      recordEvent(context.em, application, context.actor, 'VIOLENCE_SCREENING_SAVED', { method: input.method });
      await saveCase(context, application);
      return application;
    },
  }),
);

const BookHomeVisitInput = builder.inputType('BookHomeVisitInput', {
  fields: (t) => ({
    applicationId: t.id({ required: true }),
    version: t.int({ required: true }),
    at: t.string({ required: true, validate: shortText(), description: 'Date and time, ISO 8601, e.g. 2026-12-01T10:00:00+01:00.' }),
    place: t.string({ required: true, validate: text({ max: PLACE_MAX_LENGTH }), description: 'Where, e.g. the person’s home address or the hospital ward.' }),
    sendInvitation: t.boolean({ required: true, description: 'Send the invitation now: it shows in the applicant’s case history.' }),
  }),
});

builder.mutationField('bookHomeVisit', (t) =>
  t.field({
    type: ApplicationRef,
    description: 'Books the home visit of the investigation ("hembesök"), or care planning at the hospital.',
    errors: {},
    args: { input: t.arg({ type: BookHomeVisitInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const { application, investigation } = await openInvestigation(context, actor, input.applicationId, input.version);
      const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(input.at) ? new Date(input.at) : null;
      const place = input.place.trim();
      const issues: DecisionIssue[] = [];
      if (!at || Number.isNaN(at.getTime())) issues.push({ field: 'at', key: 'validation.instant' });
      if (!place) issues.push({ field: 'place', key: 'validation.required' });
      else if (place.length > PLACE_MAX_LENGTH) issues.push({ field: 'place', key: 'validation.tooLong', params: { maximum: PLACE_MAX_LENGTH } });
      if (issues.length || !at) throw invalid(context, issues);

      investigation.homeVisitAt = at;
      investigation.homeVisitPlace = place;
      if (input.sendInvitation) investigation.homeVisitInvitedAt = new Date();
      if (application.status === 'SUBMITTED') application.status = 'IN_INVESTIGATION';
      const event = recordEvent(context.em, application, context.actor, 'HOME_VISIT_BOOKED', { at: at.toISOString(), place, invitationSent: input.sendInvitation });
      const addressee = addresseeOf(application);
      await context.em.transactional(async (em) => {
        if (input.sendInvitation && addressee && application.reference) {
          const mail = homeVisitInvitationMail({ to: addressee.to, language: addressee.language, reference: application.reference, at, place, unit: application.unit });
          await enqueueMail(em, mail, { purpose: 'home-visit-invitation', applicationId: application.id, event: `home-visit-invitation:${event.id}` });
        }
        await saveCase(context, application);
      });
      return application;
    },
  }),
);

const CommunicateInvestigationInput = builder.inputType('CommunicateInvestigationInput', {
  fields: (t) => ({
    applicationId: t.id({ required: true }),
    version: t.int({ required: true }),
    responseDays: t.int({ defaultValue: DEFAULT_RESPONSE_DAYS, description: `Days the applicant has to respond, 1..${MAX_RESPONSE_DAYS}; default ${DEFAULT_RESPONSE_DAYS}.` }),
  }),
});

builder.mutationField('communicateInvestigation', (t) =>
  t.field({
    type: ApplicationRef,
    description:
      'Sends the investigation, without the assessment and the violence screening, to the applicant for a response before the decision ("kommunicering"). The case becomes COMMUNICATED.',
    errors: {},
    args: { input: t.arg({ type: CommunicateInvestigationInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const application = await loadCase(context, actor, input.applicationId);
      checkVersion(context, application, input.version);
      if (!OPEN_STATUSES.includes(application.status)) throw invalidField(context, 'applicationId', 'validation.application.notOpen');
      const investigation = await context.em.findOne(Investigation, { application });
      if (!investigation) throw invalidField(context, 'applicationId', 'validation.investigation.missing');
      const days = input.responseDays ?? DEFAULT_RESPONSE_DAYS;
      if (days < 1) throw invalidField(context, 'responseDays', 'validation.tooSmall', { minimum: 1 });
      if (days > MAX_RESPONSE_DAYS) throw invalidField(context, 'responseDays', 'validation.tooBig', { maximum: MAX_RESPONSE_DAYS });

      const now = new Date();
      investigation.communicatedAt = now;
      investigation.responseDueOn = addDaysTo(todayInStockholm(now), days);
      investigation.response = null;
      investigation.respondedAt = null;
      application.status = 'COMMUNICATED';
      const event = recordEvent(context.em, application, context.actor, 'COMMUNICATED', { responseDueOn: investigation.responseDueOn });
      const addressee = addresseeOf(application);
      const responseDueOn = investigation.responseDueOn;
      await context.em.transactional(async (em) => {
        if (addressee && application.reference) {
          const mail = investigationCommunicatedMail({ to: addressee.to, language: addressee.language, reference: application.reference, responseDueOn, unit: application.unit });
          await enqueueMail(em, mail, { purpose: 'investigation-communicated', applicationId: application.id, event: `investigation-communicated:${event.id}` });
        }
        await saveCase(context, application);
      });
      return application;
    },
  }),
);

const RECORDED_RESPONSE_REFUSAL_KEYS: Record<ClosedForResponses, string> = {
  NOT_COMMUNICATED: 'validation.investigation.notCommunicated',
  ALREADY_DECIDED: 'validation.recordedResponse.alreadyDecided',
  CASE_CLOSED: 'validation.recordedResponse.caseClosed',
};

const RecordInvestigationResponseInput = builder.inputType('RecordInvestigationResponseInput', {
  fields: (t) => ({
    applicationId: t.id({ required: true }),
    version: t.int({ required: true }),
    response: t.string({ required: true, validate: investigationText() }),
    receivedOn: t.string({ required: true, validate: shortText(), description: 'YYYY-MM-DD' }),
  }),
});

builder.mutationField('recordInvestigationResponse', (t) =>
  t.field({
    type: ApplicationRef,
    description:
      'Records a response to the communicated investigation that came by letter or phone ("yttrande"); refused once everything is decided or the case is closed. Errors: NotFoundError, ConflictError (with currentVersion), ValidationError.',
    errors: {},
    args: { input: t.arg({ type: RecordInvestigationResponseInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const application = await loadCase(context, actor, input.applicationId);
      checkVersion(context, application, input.version);
      const investigation = await context.em.findOne(Investigation, { application });
      const refusal = recordedResponseRefusal(await responseStateOf(context.em, application, investigation));
      if (refusal || !investigation) throw invalidField(context, 'applicationId', RECORDED_RESPONSE_REFUSAL_KEYS[refusal ?? 'NOT_COMMUNICATED']);
      const response = input.response.trim();
      const issue = textIssue('response', response, true);
      if (issue) throw invalid(context, [issue]);
      checkPastDay(context, 'receivedOn', input.receivedOn);

      investigation.response = response;
      investigation.respondedAt = new Date(`${input.receivedOn}T12:00:00Z`);
      recordEvent(context.em, application, context.actor, 'RESPONDED', { receivedOn: input.receivedOn, recordedByStaff: true });
      await saveCase(context, application);
      return application;
    },
  }),
);
