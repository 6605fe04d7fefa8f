import type { ServiceDatabase } from '@omsorg/platform';
import { CampaignSchema } from './entities/campaign.ts';
import { migrations } from './migrations/index.ts';

export const outreachDatabase: ServiceDatabase = {
  schema: 'outreach',
  // Campaigns hold no personal data yet; add the access log with the first per-person table.
  entities: [CampaignSchema],
  migrations,
};
