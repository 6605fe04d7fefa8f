// @vitest-environment happy-dom
import { testPlugins } from '@omsorg/ui/testing';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import sv from '../../locales/booking/sv.json' with { type: 'json' };
import BookingSummary from './BookingSummary.vue';

const meeting = { date: '2027-01-12', startTime: '10:00', endTime: '10:45', placeName: 'Träffpunkt Hägersten', placeAddress: 'Hägerstensvägen 1' };

function summary(kind: 'MEETING_PLACE' | 'HOME' | 'PHONE', homeStreet?: string | null) {
  const plugins = testPlugins();
  plugins.i18n.global.mergeLocaleMessage('sv', sv);
  return mount(BookingSummary, { props: { meeting: { ...meeting, kind }, homeStreet }, slots: { default: '<div><dt>Tolk</dt><dd>Ingen</dd></div>' }, global: plugins.global });
}
const facts = (wrapper: ReturnType<typeof summary>) => wrapper.findAll('dl > div').map((row) => [row.find('dt').text(), row.find('dd').text()]);

describe('the booking summary (check step and confirmation)', () => {
  it('says when, how and where in full, then the rows the page adds', () => {
    const rows = facts(summary('MEETING_PLACE'));
    expect(rows.map(([term]) => term)).toEqual(['När', 'Hur', 'Var', 'Tolk']);
    expect(rows[0]![1]).toContain('januari');
    expect(rows[2]![1]).toBe('Träffpunkt Hägersten, Hägerstensvägen 1');
  });

  it('says the street for a visit at home, or that the address will be asked, and a phone call as a call', () => {
    expect(facts(summary('HOME', 'Fruängsgången 12'))[2]![1]).toBe('Vi kommer hem till dig på Fruängsgången 12.');
    expect(facts(summary('HOME', null))[2]![1]).toBe('Vi kommer hem till dig. Vi ringer innan och frågar efter adressen.');
    expect(facts(summary('PHONE'))[2]![1]).toBe('Vi ringer dig.');
  });
});
