import { describe, expect, it } from 'vitest';
import { filtersFromQuery, viewFromQuery } from '../inbox/inbox-filters.ts';
import { caseworkerLinks } from './caseworker-links.ts';

describe("the caseworker's start-page links", () => {
  it('open the inbox at the addresses it has always had', () => {
    expect(Object.fromEntries(caseworkerLinks.map((link) => [link.key, link.query]))).toEqual({
      all: { handlaggare: 'mina' },
      submitted: { status: 'nya', handlaggare: 'mina' },
      openAppeals: { arbete: 'overklaganden', handlaggare: 'mina' },
      servicesNotOrdered: { arbete: 'att-bestalla', handlaggare: 'mina' },
      plansOverdue: { arbete: 'genomforandeplaner', handlaggare: 'mina' },
      followUpsDue: { arbete: 'uppfoljningar', handlaggare: 'mina' },
      openCallbacks: { vy: 'aterringningar' },
    });
  });

  it('each lead to a list the inbox reads back: her own cases, or the callbacks', () => {
    for (const link of caseworkerLinks) {
      if (link.key === 'openCallbacks') expect(viewFromQuery(link.query)).toBe('callbacks');
      else expect(filtersFromQuery(link.query).assignee).toBe('mine');
    }
  });
});
