import { describe, expect, it } from 'vitest';
import { canChangeCampaignStatus, isValidCampaignPeriod } from './campaign.ts';

describe('canChangeCampaignStatus', () => {
  it('moves a campaign forward', () => {
    expect(canChangeCampaignStatus('PLANNED', 'ACTIVE')).toBe(true);
    expect(canChangeCampaignStatus('ACTIVE', 'CLOSED')).toBe(true);
    expect(canChangeCampaignStatus('PLANNED', 'CLOSED')).toBe(true);
  });

  it('never moves a campaign back or reopens it', () => {
    expect(canChangeCampaignStatus('ACTIVE', 'PLANNED')).toBe(false);
    expect(canChangeCampaignStatus('CLOSED', 'ACTIVE')).toBe(false);
    expect(canChangeCampaignStatus('ACTIVE', 'ACTIVE')).toBe(false);
  });
});

describe('isValidCampaignPeriod', () => {
  it('lets a campaign last one day or longer, or leave its dates open', () => {
    expect(isValidCampaignPeriod('2027-02-01', '2027-05-31')).toBe(true);
    expect(isValidCampaignPeriod('2027-02-01', '2027-02-01')).toBe(true);
    expect(isValidCampaignPeriod(null, '2027-05-31')).toBe(true);
    expect(isValidCampaignPeriod('2027-02-01', null)).toBe(true);
  });

  it('refuses a campaign that ends before it starts', () => {
    expect(isValidCampaignPeriod('2027-05-31', '2027-02-01')).toBe(false);
  });
});
