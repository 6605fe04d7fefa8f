/** PLANNED planerad, ACTIVE pågående, CLOSED avslutad. */
export const CAMPAIGN_STATUSES = ['PLANNED', 'ACTIVE', 'CLOSED'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

const NEXT: Record<CampaignStatus, readonly CampaignStatus[]> = {
  PLANNED: ['ACTIVE', 'CLOSED'],
  ACTIVE: ['CLOSED'],
  CLOSED: [],
};

/**
 * A campaign moves forward only: planned, then active, then closed. A planned campaign may be
 * called off; a closed one is not reopened, since invitations have already been answered.
 */
export function canChangeCampaignStatus(from: CampaignStatus, to: CampaignStatus): boolean {
  return NEXT[from].includes(to);
}

/** Dates are YYYY-MM-DD; either may still be open. A campaign cannot end before it starts. */
export function isValidCampaignPeriod(startsOn: string | null, endsOn: string | null): boolean {
  return startsOn === null || endsOn === null || startsOn <= endsOn;
}
