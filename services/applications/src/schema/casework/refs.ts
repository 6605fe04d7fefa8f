import type { Appeal } from '../../entities/appeal.ts';
import type { CallbackRequest } from '../../entities/callback-request.ts';
import type { CaseReviewItem } from '../../entities/case-review-item.ts';
import type { Decision } from '../../entities/decision.ts';
import type { FollowUp } from '../../entities/follow-up.ts';
import type { Investigation } from '../../entities/investigation.ts';
import type { LegalProvision } from '../../entities/legal-provision.ts';
import type { Provider } from '../../entities/provider.ts';
import type { ServiceOrder } from '../../entities/service-order.ts';
import { builder } from '../builder.ts';

/*
 * The casework types, declared here and implemented one per file, so files can refer to each
 * other (a decision has appeals, an appeal has its decision) without import cycles.
 */
export const DecisionRef = builder.objectRef<Decision>('Decision');
export const LegalProvisionRef = builder.objectRef<LegalProvision>('LegalProvision');
export const AppealRef = builder.objectRef<Appeal>('Appeal');
export const ProviderRef = builder.objectRef<Provider>('Provider');
export const ServiceOrderRef = builder.objectRef<ServiceOrder>('ServiceOrder');
export const FollowUpRef = builder.objectRef<FollowUp>('FollowUp');
export const CaseReviewItemRef = builder.objectRef<CaseReviewItem>('CaseReviewItem');
export const CallbackRequestRef = builder.objectRef<CallbackRequest>('CallbackRequest');
export const InvestigationRef = builder.objectRef<Investigation>('Investigation');
