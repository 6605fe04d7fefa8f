import type { MikroORM } from '@mikro-orm/postgresql';
import { isValidCampaignPeriod } from '../domain/campaign.ts';
import { Campaign } from '../entities/campaign.ts';
import { seedCalendar } from './calendar.ts';

export const HEALTH_CONVERSATIONS_75 = {
  name: 'Hälsosamtal för dig som fyllt 75',
  status: 'PLANNED',
  unit: 'Beställarenheten äldre, Hägersten-Älvsjö',
  startsOn: '2027-02-01',
  endsOn: '2027-05-31',
  targetDescription:
    'Alla i Hägersten-Älvsjö som har fyllt 75 år och inte har insatser från äldreomsorgen. Brev med erbjudande om hälsosamtal tillsammans med vårdcentralen; svar går att lämna utan BankID.',
} as const;

/** Adds Omar's calendar (seed/calendar.ts) and the planned health-conversation campaign for development, unless there. Idempotent. */
export async function seedOutreach(orm: MikroORM): Promise<void> {
  await seedCalendar(orm);
  const em = orm.em.fork();
  const campaign = HEALTH_CONVERSATIONS_75;
  if (await em.count(Campaign, { name: campaign.name })) return;
  if (!isValidCampaignPeriod(campaign.startsOn, campaign.endsOn)) throw new Error(`Seed campaign ${campaign.name} ends before it starts`);
  em.create(Campaign, { ...campaign });
  await em.flush();
}
