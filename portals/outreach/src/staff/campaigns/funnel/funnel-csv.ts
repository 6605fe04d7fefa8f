import { csvFileName, downloadCsv, graphqlRequest, stockholmDay } from '@omsorg/ui';
import { StaffCampaignFunnelCsvDocument } from '../../../generated/graphql.ts';

/**
 * Saves the campaign's funnel as CSV, the way applications' statistics do: the service writes
 * the CSV (`campaignFunnelCsv`, Swedish headings, ";"), the page adds the byte-order mark so Excel
 * in Sweden reads å, ä and ö, and the browser saves it as "tratt_<campaign>_<day>.csv".
 * False when there was nothing to save (the campaign is not the reader's any more).
 */
export async function saveFunnelCsv(campaign: { id: string; name: string }, now = new Date()): Promise<boolean> {
  const csv = (await graphqlRequest(StaffCampaignFunnelCsvDocument, { campaignId: campaign.id })).campaignFunnelCsv;
  if (csv == null) return false;
  downloadCsv(csv, csvFileName('tratt', campaign.name, stockholmDay(now)));
  return true;
}
