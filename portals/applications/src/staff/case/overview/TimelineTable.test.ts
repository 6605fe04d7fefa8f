// @vitest-environment happy-dom
import { createPortalI18n, messagesReady } from '@omsorg/ui';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { staffMessages } from '../../../messages.ts';
import type { CaseTimelineEvent } from '../case-data.ts';
import TimelineTable from './TimelineTable.vue';

const erik = { id: 'p-erik', fullName: 'Erik Andersson' };
const hanna = { id: 's-hanna', name: 'Hanna Lind' };
const events: CaseTimelineEvent[] = [
  {
    id: 'e1',
    at: '2026-12-05T09:00:00.000Z',
    type: 'PROVIDER_CHOSEN',
    actor: null,
    person: erik,
    data: JSON.stringify({ serviceType: 'HOME_CARE_PERSONAL', providerName: 'Kotihoiva Tukholma AB', madeBy: 'REPRESENTATIVE', channel: 'PORTAL' }),
  },
  {
    id: 'e2',
    at: '2026-12-05T10:00:00.000Z',
    type: 'PROVIDER_CHOSEN',
    actor: hanna,
    person: null,
    data: JSON.stringify({ providerName: 'Omsorgsgruppen Söderljus AB', madeBy: 'REPRESENTATIVE', madeByName: 'Erik Andersson, son', channel: 'PHONE' }),
  },
  {
    id: 'e0',
    at: '2026-12-05T08:00:00.000Z',
    type: 'SUBMITTED',
    actor: { id: 's-omar', name: 'Omar Haddad' },
    person: null,
    data: JSON.stringify({ reference: 'ANS-2026-000001', services: [], channel: 'OUTREACH', registered: true }),
  },
  { id: 'e3', at: '2026-12-05T11:00:00.000Z', type: 'ATTACHMENT_ADDED', actor: hanna, person: null, data: JSON.stringify({ purpose: 'CASE_DOCUMENT', fileName: 'brev.pdf', contentType: 'application/pdf' }) },
];

async function rows() {
  const i18n = createPortalI18n(staffMessages);
  await messagesReady(i18n);
  const wrapper = mount(TimelineTable, { props: { events }, global: { plugins: [i18n] } });
  return wrapper.findAll('tbody tr').map((row) => row.findAll('th, td').map((cell) => cell.text().replace(/\s+/g, ' ').trim()));
}

describe('the staff timeline', () => {
  it('says who chose which provider and how, and names an attachment with its kind, newest first', async () => {
    const [scanned, byPhone, inPortal] = await rows();
    expect(scanned!.slice(1, 3)).toEqual(['Inskannad handling: brev.pdf', 'Hanna Lind']);
    expect(byPhone!.slice(1, 3)).toEqual(['Utförare vald: Omsorgsgruppen Söderljus AB, av Erik Andersson, son (ombud), registrerad av handläggare efter telefonsamtal', 'Hanna Lind']);
    expect(inPortal!.slice(1)).toEqual(['Utförare vald: Kotihoiva Tukholma AB, av Erik Andersson (ombud)', 'Erik Andersson', 'Insats: Hemtjänst – hjälp med personlig omvårdnad']);
  });

  it('says how an application came in, in words', async () => {
    const submitted = (await rows()).at(-1)!;
    expect(submitted.slice(1)).toEqual(['Ansökan inkom', 'Omar Haddad', 'Kanal: Uppsökande verksamhet']);
  });
});
