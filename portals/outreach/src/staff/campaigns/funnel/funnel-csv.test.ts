// @vitest-environment happy-dom
import { sentWith, stubGateway } from '@omsorg/ui/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaffCampaignFunnelCsvDocument } from '../../../generated/graphql.ts';
import { saveFunnelCsv } from './funnel-csv.ts';

const CSV = 'Steg;Kvinnor;Män;Totalt;Andel av föregående steg (%);Andel av inbjudna (%)\r\nI urvalet;4;2;6;;\r\nInbjudna;4;2;6;100;100\r\n';
const campaign = { id: 'c-75', name: 'Hälsosamtal för dig som fyller 75' };

let saved: Array<{ fileName: string; blob: Blob }>;
beforeEach(() => {
  saved = [];
  const blobs = new Map<string, Blob>();
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.set(`blob:${blobs.size}`, blob), `blob:${blobs.size - 1}`), revokeObjectURL: () => {} }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ fileName: this.download, blob: blobs.get(this.getAttribute('href') ?? '')! });
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('"Ladda ner som CSV" on the funnel', () => {
  it('asks for the campaign’s funnel CSV and saves it with a byte-order mark under the campaign’s name and the Stockholm day', async () => {
    const sent = stubGateway([[StaffCampaignFunnelCsvDocument, () => ({ campaignFunnelCsv: CSV })]]);
    // 23.30 UTC on 5 December is already 6 December in Stockholm.
    expect(await saveFunnelCsv(campaign, new Date('2026-12-05T23:30:00Z'))).toBe(true);
    expect(sentWith(sent, StaffCampaignFunnelCsvDocument).map((operation) => operation.variables)).toEqual([{ campaignId: 'c-75' }]);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.fileName).toBe('tratt_Hälsosamtal-för-dig-som-fyller-75_2026-12-06.csv');
    expect(saved[0]!.blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe(CSV);
  });

  it('saves nothing when the campaign is not the reader’s', async () => {
    stubGateway([[StaffCampaignFunnelCsvDocument, () => ({ campaignFunnelCsv: null })]]);
    expect(await saveFunnelCsv(campaign)).toBe(false);
    expect(saved).toEqual([]);
  });
});
