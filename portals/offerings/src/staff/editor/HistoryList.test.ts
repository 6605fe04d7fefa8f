// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import HistoryList from './HistoryList.vue';
import sv from './locales/sv.json';

describe('HistoryList', () => {
  it('names what changed in words, a text with its language, and a name without a label as it is', () => {
    const i18n = createI18n({ legacy: false, locale: 'sv', messages: { sv } });
    const change = { id: '1', action: 'CANCELLED', contentKind: 'SESSION', fields: ['fi:title', 'sv-x-easy:summary', 'sessions:+3', 'cancelReason', 'somethingNew'], changedAt: '2026-12-06T06:30:00Z', changedBy: { id: 's', name: 'Kerstin Dahl' } };
    const wrapper = mount(HistoryList, { props: { changes: [change] }, global: { plugins: [i18n] } });
    const cells = wrapper.findAll('td').map((cell) => cell.text());
    expect(cells).toEqual(['2026-12-06 07:30', 'Kerstin Dahl', 'Ställde in (Tillfälle)', 'Finska: Rubrik, Lätt svenska: Kort beskrivning, 3 nya tillfällen, Orsak, somethingNew']);
  });
});
