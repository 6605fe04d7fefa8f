import { AccessLogEntrySchema, type ServiceDatabase, RateLimitCounterSchema } from '@omsorg/platform';
import { AppealSchema } from './entities/appeal.ts';
import { AttachmentContentSchema, AttachmentSchema } from './entities/attachment.ts';
import { ApplicationEventSchema } from './entities/application-event.ts';
import { ApplicationSchema } from './entities/application.ts';
import { CallbackRequestSchema } from './entities/callback-request.ts';
import { CaseReviewItemSchema } from './entities/case-review-item.ts';
import { DecisionSchema } from './entities/decision.ts';
import { FollowUpSchema } from './entities/follow-up.ts';
import { InvestigationSchema } from './entities/investigation.ts';
import { OutreachReferralSchema } from './entities/outreach-referral.ts';
import { LegalProvisionSchema } from './entities/legal-provision.ts';
import { ProviderChoiceSchema } from './entities/provider-choice.ts';
import { ProviderSchema } from './entities/provider.ts';
import { RequestedServiceSchema } from './entities/requested-service.ts';
import { ServiceOrderSchema } from './entities/service-order.ts';
import { StaffMemberSchema } from './entities/staff-member.ts';
import { CaseWorkSchema, InboxTallySchema } from './entities/work-tallies.ts';
import { migrations } from './migrations/index.ts';

export const applicationsDatabase: ServiceDatabase = {
  schema: 'applications',
  entities: [
    ApplicationSchema,
    RequestedServiceSchema,
    ApplicationEventSchema,
    InvestigationSchema,
    LegalProvisionSchema,
    DecisionSchema,
    AppealSchema,
    ProviderSchema,
    ProviderChoiceSchema,
    ServiceOrderSchema,
    FollowUpSchema,
    CallbackRequestSchema,
    CaseReviewItemSchema,
    StaffMemberSchema,
    AttachmentSchema,
    AttachmentContentSchema,
    AccessLogEntrySchema,
    RateLimitCounterSchema,
    InboxTallySchema,
    CaseWorkSchema,
    OutreachReferralSchema,
  ],
  migrations,
};
