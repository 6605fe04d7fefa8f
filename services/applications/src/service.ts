import type { ServiceDefinition } from '@omsorg/platform';
import { attachmentsRoute } from './attachments/http.ts';
import { unsentAttachmentSweepJob } from './attachments/unsent-sweep.ts';
import { applicationsDatabase } from './database.ts';
import { careStatusSweepJob } from './jobs/care-status.ts';
import { outreachReferralJob } from './jobs/outreach-referral.ts';
import { staffMemberChangedJob } from './jobs/staff-member-changed.ts';
import { mailJob } from './mail/mail-queue.ts';
import { applicationsMessages } from './messages/index.ts';
import { missingPlanSweepJob } from './queries/casework/missing-plan-deviations.ts';
import { buildApplicationsSchema } from './schema/index.ts';

export { seedApplications } from './seed/seed.ts';
export { backfillCaseUnitLinks } from './jobs/backfill-case-unit-links.ts';
export { publishCareStatuses } from './jobs/care-status.ts';

export const applicationsService: ServiceDefinition = {
  name: 'applications',
  defaultPort: 4102,
  database: applicationsDatabase,
  buildSchema: buildApplicationsSchema,
  messages: applicationsMessages,
  jobs: [mailJob, missingPlanSweepJob, staffMemberChangedJob, unsentAttachmentSweepJob, careStatusSweepJob, outreachReferralJob],
  httpRoutes: [attachmentsRoute],
};
