import { describe, expect, it } from 'vitest';
import { campaignSchema, emptyCampaign, ruleOf, toCampaignInput, typedAreas } from './campaign-form.ts';

const filled = { ...emptyCampaign(2026), name: 'Hälsosamtal', districtAreas: ['Fruängen'], otherAreas: 'Hägersten,  Västertorp\n' };
const messagesOf = (values: object) => (campaignSchema.safeParse(values).error?.issues ?? []).map((issue) => `${issue.path.join('.')}:${issue.message}`);

describe('the campaign form', () => {
  it('sends the known and the typed areas together, and numbers as numbers', () => {
    const parsed = campaignSchema.parse(filled);
    expect(toCampaignInput(parsed)).toEqual({
      name: 'Hälsosamtal',
      startsOn: null,
      endsOn: null,
      targetDescription: '',
      cohortRule: { age: 75, year: 2026, districtAreas: ['Fruängen', 'Hägersten', 'Västertorp'], excludeCurrentCare: true, notInvitedWithinMonths: 12 },
      reminderAfterWeeks: null,
    });
  });

  it('refuses an age outside 60..110, months outside 0..120 and an end before the start', () => {
    expect(messagesOf({ ...filled, age: '59' })).toEqual(['age:error.age']);
    expect(messagesOf({ ...filled, age: '75.5' })).toEqual(['age:error.age']);
    expect(messagesOf({ ...filled, notInvitedWithinMonths: '121' })).toEqual(['notInvitedWithinMonths:error.months']);
    expect(messagesOf({ ...filled, startsOn: '2027-03-01', endsOn: '2027-02-01' })).toEqual(['endsOn:error.period']);
    expect(messagesOf({ ...filled, name: ' ' })).toEqual(['name:error.name']);
    expect(messagesOf({ ...filled, reminderAfterWeeks: '53' })).toEqual(['reminderAfterWeeks:error.reminderWeeks']);
    expect(campaignSchema.parse({ ...filled, reminderAfterWeeks: '3' }).reminderAfterWeeks).toBe(3);
  });

  it('leaves months empty for no such rule, and has no preview rule until the values are usable', () => {
    expect(ruleOf({ ...filled, notInvitedWithinMonths: '' })?.notInvitedWithinMonths).toBeNull();
    expect(ruleOf({ ...filled, age: '' })).toBeNull();
    expect(ruleOf({ ...filled, districtAreas: [], otherAreas: '' })).toBeNull();
    expect(ruleOf({ ...filled, name: '' })).not.toBeNull();
  });

  it('splits typed areas at commas and lines', () => {
    expect(typedAreas(' Fruängen,\nHägersten ,, ')).toEqual(['Fruängen', 'Hägersten']);
  });
});
