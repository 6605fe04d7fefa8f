import type { CaseApplication } from './case-data.ts';

/** The steps of a case, in the order the work goes, each with its own page under /arenden/:id. */
export const caseSteps = [
  { key: 'overview', path: '' },
  { key: 'investigation', path: 'utredning' },
  { key: 'communication', path: 'kommunicering' },
  { key: 'review', path: 'arendedragning' },
  { key: 'decision', path: 'beslut' },
  { key: 'appeal', path: 'overklagande' },
  { key: 'order', path: 'bestallning' },
  { key: 'followUp', path: 'uppfoljning' },
] as const;
export type CaseStepKey = (typeof caseSteps)[number]['key'];

export type StepState = 'done' | 'started' | 'todo' | 'none';

const decided = (application: CaseApplication) => application.requestedServices.flatMap((service) => service.decisions.filter((decision) => decision.status === 'DECIDED'));

/** A word on each step's state beside its link, so the case's progress shows at a glance. */
export function stepState(step: CaseStepKey, application: CaseApplication): StepState {
  const decisions = decided(application);
  const granted = decisions.filter((decision) => decision.outcome !== 'DENIED');
  switch (step) {
    case 'overview':
    case 'review':
      return 'none';
    case 'investigation': {
      const investigation = application.investigation;
      if (!investigation) return 'todo';
      const described = application.requestedServices.every((service) =>
        investigation.serviceDescriptions.some((description) => description.requestedServiceId === service.id && description.text.trim()),
      );
      return described && investigation.assessment.trim() ? 'done' : 'started';
    }
    case 'communication':
      if (!application.communicatedInvestigation) return 'todo';
      return application.communicatedInvestigation.respondedAt ? 'done' : 'started';
    case 'decision':
      if (decisions.length === 0) return application.requestedServices.some((service) => service.decisions.length > 0) ? 'started' : 'todo';
      return application.requestedServices.every((service) => service.decisions.some((decision) => decision.status === 'DECIDED')) ? 'done' : 'started';
    case 'appeal': {
      const appeals = decisions.flatMap((decision) => decision.appeals);
      if (appeals.length === 0) return 'none';
      return appeals.some((appeal) => appeal.status === 'RECEIVED' || appeal.status === 'FORWARDED_TO_COURT') ? 'started' : 'done';
    }
    case 'order':
      if (granted.length === 0) return 'none';
      if (granted.every((decision) => decision.order?.planReceivedOn)) return 'done';
      return granted.some((decision) => decision.order) ? 'started' : 'todo';
    case 'followUp': {
      const followUps = decisions.flatMap((decision) => decision.followUps);
      if (followUps.length === 0) return 'none';
      return followUps.every((followUp) => followUp.completedOn) ? 'done' : 'started';
    }
  }
}
