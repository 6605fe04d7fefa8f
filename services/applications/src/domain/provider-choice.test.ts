import { describe, expect, it } from 'vitest';
import { choiceRefusal, chosenProviderIssues, offersService, type ChoiceFacts } from './provider-choice.ts';

const finnishHomeCare = { serviceTypes: ['HOME_CARE_PERSONAL', 'HOME_CARE_SERVICE'], areas: ['Hägersten', 'Älvsjö'], active: true };
const innerCity = { serviceTypes: ['HOME_CARE_PERSONAL'], areas: ['Kungsholmen'], active: true };
const granted: ChoiceFacts = { status: 'DECIDED', outcome: 'GRANTED', serviceType: 'HOME_CARE_PERSONAL', area: 'Hägersten', ordered: false };

describe('which providers are offered', () => {
  it('offers a provider for a service it delivers in the person’s area, whatever the case of the name', () => {
    expect(offersService(finnishHomeCare, 'HOME_CARE_PERSONAL', 'hägersten')).toBe(true);
    expect(offersService(innerCity, 'HOME_CARE_PERSONAL', 'Hägersten')).toBe(false);
    expect(offersService(finnishHomeCare, 'SAFETY_ALARM', 'Hägersten')).toBe(false);
    expect(offersService({ ...finnishHomeCare, active: false }, 'HOME_CARE_PERSONAL', 'Hägersten')).toBe(false);
    expect(offersService(finnishHomeCare, 'HOME_CARE_PERSONAL', null)).toBe(false);
  });
});

describe('choosing a provider', () => {
  it('accepts a provider offered for a granted, not yet ordered service', () => {
    expect(choiceRefusal(granted, finnishHomeCare)).toBeNull();
    expect(choiceRefusal({ ...granted, outcome: 'PARTLY_GRANTED' }, finnishHomeCare)).toBeNull();
  });
  it('refuses, saying why', () => {
    expect(choiceRefusal(granted, innerCity)).toBe('NOT_OFFERED');
    expect(choiceRefusal(granted, null)).toBe('NOT_OFFERED');
    expect(choiceRefusal({ ...granted, outcome: 'DENIED' }, finnishHomeCare)).toBe('NOT_GRANTED');
    expect(choiceRefusal({ ...granted, status: 'PROPOSED' }, finnishHomeCare)).toBe('NOT_GRANTED');
    expect(choiceRefusal({ ...granted, ordered: true }, finnishHomeCare)).toBe('ALREADY_ORDERED');
    expect(choiceRefusal({ ...granted, area: null }, finnishHomeCare)).toBe('AREA_UNKNOWN');
  });
});

describe('ordering from a provider', () => {
  const provider = { ...finnishHomeCare, id: 'finnish' };
  const service = { serviceType: 'HOME_CARE_PERSONAL' as const, area: 'Hägersten' };
  it('orders from the provider the person chose, and only one delivering the service in their area', () => {
    expect(chosenProviderIssues(provider, service, 'finnish')).toEqual([]);
    expect(chosenProviderIssues(provider, service, null)).toEqual([]);
    expect(chosenProviderIssues(provider, service, 'another')).toEqual([{ field: 'providerId', key: 'validation.order.notChosen' }]);
    expect(chosenProviderIssues({ ...innerCity, id: 'inner' }, service, null)).toEqual([{ field: 'providerId', key: 'validation.providerChoice.notOffered' }]);
  });

  it('leaves the area unchecked while it is unknown', () => {
    expect(chosenProviderIssues({ ...innerCity, id: 'inner' }, { ...service, area: null }, null)).toEqual([]);
  });
});
