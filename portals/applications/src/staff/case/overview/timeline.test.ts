import { describe, expect, it } from 'vitest';
import { eventDetails, eventSummary, newestFirst } from './timeline.ts';

describe('timeline', () => {
  it('picks the known parts of an event in a fixed order', () => {
    const details = eventDetails({ data: JSON.stringify({ outcome: 'GRANTED', serviceType: 'SAFETY_ALARM', secret: 'x', hoursPerMonth: 40, inTime: false }) });
    expect(details).toEqual([
      { key: 'serviceType', kind: 'serviceType', value: 'SAFETY_ALARM' },
      { key: 'outcome', kind: 'outcome', value: 'GRANTED' },
      { key: 'hoursPerMonth', kind: 'hours', value: '40' },
      { key: 'inTime', kind: 'boolean', value: 'false' },
    ]);
  });

  it('ignores missing, broken or odd data', () => {
    expect(eventDetails({ data: null })).toEqual([]);
    expect(eventDetails({ data: '{not json' })).toEqual([]);
    expect(eventDetails({ data: '[1,2]' })).toEqual([]);
    expect(eventDetails({ data: JSON.stringify({ place: { street: 'x' }, reason: '' }) })).toEqual([]);
  });

  it('sorts newest first without changing the original', () => {
    const events = [
      { id: '1', at: '2026-11-01T08:00:00Z', type: 'SUBMITTED', actor: null, person: null, data: null },
      { id: '2', at: '2026-11-03T08:00:00Z', type: 'TAKEN', actor: { id: 's-hanna', name: 'Hanna Lind' }, person: null, data: null },
    ];
    expect(newestFirst(events).map((event) => event.id)).toEqual(['2', '1']);
    expect(events[0]!.id).toBe('1');
  });

  it('says who chose which provider, in the portal or by phone, and leaves those parts out of the details', () => {
    const portal = { type: 'PROVIDER_CHOSEN', data: JSON.stringify({ serviceType: 'HOME_CARE_PERSONAL', providerName: 'Kotihoiva Tukholma AB', madeBy: 'REPRESENTATIVE', channel: 'PORTAL' }) };
    const summary = eventSummary(portal, 'Erik Andersson');
    expect(summary).toMatchObject({ key: 'applications.staff.case.overview.timeline.summary.provider.REPRESENTATIVE', params: { provider: 'Kotihoiva Tukholma AB', name: 'Erik Andersson' } });
    expect(eventDetails(portal, summary!.says)).toEqual([{ key: 'serviceType', kind: 'serviceType', value: 'HOME_CARE_PERSONAL' }]);
    expect(eventSummary(portal, null)?.key).toBe('applications.staff.case.overview.timeline.summary.providerUnnamed.REPRESENTATIVE');

    const phone = { type: 'PROVIDER_CHOSEN', data: JSON.stringify({ providerName: 'Söderljus AB', madeBy: 'REPRESENTATIVE', madeByName: 'Erik, son och ombud', channel: 'PHONE' }) };
    expect(eventSummary(phone, 'Someone Else')).toMatchObject({ key: 'applications.staff.case.overview.timeline.summary.providerByPhone.REPRESENTATIVE', params: { name: 'Erik, son och ombud' } });
    const phoneByPerson = { type: 'PROVIDER_CHOSEN', data: JSON.stringify({ providerName: 'Söderljus AB', madeBy: 'PERSON', channel: 'PHONE' }) };
    expect(eventSummary(phoneByPerson, null)?.key).toBe('applications.staff.case.overview.timeline.summary.providerByPhoneUnnamed.PERSON');
  });

  it('names an attachment with its kind, and nothing for data it cannot use', () => {
    const added = { type: 'ATTACHMENT_ADDED', data: JSON.stringify({ purpose: 'CASE_DOCUMENT', fileName: 'brev.pdf', contentType: 'application/pdf', byStaff: true }) };
    expect(eventSummary(added, null)).toEqual({ key: 'applications.staff.case.overview.timeline.summary.attachment.CASE_DOCUMENT', params: { fileName: 'brev.pdf' }, says: ['fileName', 'purpose'] });
    expect(eventSummary({ type: 'ATTACHMENT_ADDED', data: JSON.stringify({ purpose: 'OTHER', fileName: 'x.pdf' }) }, null)).toBeNull();
    expect(eventSummary({ type: 'TAKEN', data: '{}' }, null)).toBeNull();
  });
});
