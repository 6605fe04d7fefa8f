import type { MikroORM } from '@mikro-orm/postgresql';
import { emptyAnswers } from '../domain/answers.ts';
import { addDaysTo } from '../domain/calendar.ts';
import { isoWeekOf, todayInStockholm } from '../domain/stockholm-time.ts';
import { Appeal } from '../entities/appeal.ts';
import { Application } from '../entities/application.ts';
import { CallbackRequest } from '../entities/callback-request.ts';
import { CaseReviewItem } from '../entities/case-review-item.ts';
import { Decision } from '../entities/decision.ts';
import { FollowUp } from '../entities/follow-up.ts';
import { Investigation } from '../entities/investigation.ts';
import { LegalProvision } from '../entities/legal-provision.ts';
import { Provider } from '../entities/provider.ts';
import { RequestedService } from '../entities/requested-service.ts';
import { ServiceOrder } from '../entities/service-order.ts';

export type FullCase = Awaited<ReturnType<typeof fullCase>>;

/**
 * A case with something of every kind, written straight to the database, so that every casework
 * path has something to read or change: an open, communicated investigation with a violence
 * screening; home care granted five months ago and not started (IVO report), with a follow-up
 * due and an appeal at court; a safety alarm granted and ordered, with an appeal received; a
 * denied escort without appeal; a nursing home only proposed; meals not yet decided; a week's
 * case-review item and a callback request. Needs the seeded legal provisions and providers.
 */
export async function fullCase(orm: MikroORM, options: { unit: string; assigneeId?: string | null; applicantId?: string }) {
  const em = orm.em.fork();
  const today = todayInStockholm();
  const longAgo = new Date(Date.now() - 150 * 86_400_000);
  const provision = await em.findOneOrFail(LegalProvision, { code: 'SOL2025_LIVSFORING' });
  const provider = (await em.find(Provider, { active: true })).find((candidate) => candidate.serviceTypes.includes('HOME_CARE_PERSONAL'))!;
  const application = em.create(Application, {
    reference: `F-${crypto.randomUUID().slice(0, 12)}`,
    applicantId: options.applicantId ?? crypto.randomUUID(),
    unit: options.unit,
    status: 'COMMUNICATED',
    assigneeId: options.assigneeId ?? null,
    answers: emptyAnswers(),
    submittedAt: longAgo,
  });
  const service = (serviceType: RequestedService['serviceType']) => em.create(RequestedService, { application, serviceType, needs: 'Behöver hjälp.' });
  const services = { home: service('HOME_CARE_PERSONAL'), alarm: service('SAFETY_ALARM'), escort: service('ESCORT'), nursing: service('NURSING_HOME'), meals: service('MEAL_DELIVERY') };
  em.create(Investigation, {
    application,
    lifeAreas: { PERSONAL_CARE: { needs: 'Dusch.', wishes: 'Morgon.', resources: 'Sonen.' } },
    serviceDescriptions: {},
    assessment: 'Bedömning.',
    violenceScreening: { askedOn: today, method: 'FREDA', answers: { q1: 'VÅLD-HEMLIGT' }, notes: 'VÅLD-HEMLIGT' },
    communicatedAt: new Date(),
    responseDueOn: addDaysTo(today, 7),
  });
  const decided = { status: 'DECIDED' as const, decidedAt: longAgo, notifiedOn: todayInStockholm(longAgo), legalProvision: provision, validFrom: todayInStockholm(longAgo) };
  const decisions = {
    home: em.create(Decision, { ...decided, requestedService: services.home, outcome: 'GRANTED', hoursPerMonth: 20, motivation: 'Hemtjänst beviljas.' }),
    alarm: em.create(Decision, { ...decided, requestedService: services.alarm, outcome: 'GRANTED', motivation: 'Larm beviljas.', startedOn: todayInStockholm(longAgo) }),
    escort: em.create(Decision, { ...decided, requestedService: services.escort, outcome: 'DENIED', motivation: 'Ledsagning avslås.' }),
    nursing: em.create(Decision, { requestedService: services.nursing, status: 'PROPOSED', outcome: 'DENIED', motivation: 'Förslag.' }),
  };
  const appeals = {
    home: em.create(Appeal, { decision: decisions.home, receivedOn: today, channel: 'PAPER', text: 'Jag vill ha mer.', inTime: false, status: 'FORWARDED_TO_COURT', forwardedOn: today }),
    alarm: em.create(Appeal, { decision: decisions.alarm, receivedOn: today, channel: 'PAPER', text: 'Fel larm.', inTime: false }),
  };
  const order = em.create(ServiceOrder, { decision: decisions.alarm, provider, goals: 'Trygghet.', startOn: today, orderedOn: today, orderedById: crypto.randomUUID() });
  const followUp = em.create(FollowUp, { decision: decisions.home, dueOn: today, reason: 'YEARLY' });
  const reviewItem = em.create(CaseReviewItem, { application, week: isoWeekOf(today), reason: 'Principfråga.', flaggedById: crypto.randomUUID() });
  const callback = em.create(CallbackRequest, { personId: application.applicantId, unit: options.unit, phone: '070-123 45 67', dueAt: new Date(Date.now() + 3_600_000) });
  await em.flush();
  return { application, services, decisions, appeals, order, followUp, reviewItem, callback, provision, provider };
}
