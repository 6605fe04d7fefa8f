import type { CaseDetails } from './case-store.ts';
import { isInForce } from './decisions.ts';

/**
 * Where the investigation sent for comment stands for the person, so the case pages tell the
 * truth at every stage: the window open ("you may respond until …"), answered, the window passed,
 * and decided. "Rest" when some services are decided already and the others wait: then it is
 * "before the rest is decided", never "before the decision is made". Null until communicated.
 */
export type CommunicationStage = 'open' | 'openRest' | 'responded' | 'respondedRest' | 'passed' | 'decided';

export function communicationStage(application: Pick<CaseDetails, 'requestedServices' | 'communicatedInvestigation'>): CommunicationStage | null {
  const investigation = application.communicatedInvestigation;
  if (!investigation) return null;
  const decided = application.requestedServices.filter((service) => isInForce(service.decision)).length;
  if (decided > 0 && decided === application.requestedServices.length) return 'decided';
  const rest = decided > 0;
  if (investigation.respondedAt) return rest ? 'respondedRest' : 'responded';
  if (investigation.canRespond) return rest ? 'openRest' : 'open';
  return 'passed';
}

/** The person may still be invited to respond: the window is open and not everything is decided. */
export function invitesResponse(stage: CommunicationStage | null): boolean {
  return stage === 'open' || stage === 'openRest';
}
