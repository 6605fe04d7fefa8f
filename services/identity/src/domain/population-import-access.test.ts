import type { Actor, StaffRole } from '@omsorg/platform';
import { describe, expect, it } from 'vitest';
import { mayImportPopulation, mayReadPopulationImport } from './access.ts';

const staff = (roles: StaffRole[], unit = 'Enhet A'): Actor => ({ kind: 'staff', staffId: 'staff', roles, unit });

describe('mayImportPopulation', () => {
  it('lets outreach staff and managers import the population extract', () => {
    expect(mayImportPopulation(staff(['OUTREACH']))).toBe(true);
    expect(mayImportPopulation(staff(['MANAGER']))).toBe(true);
  });

  it('refuses a caseworker, the quality council, a citizen, the anonymous and the system', () => {
    expect(mayImportPopulation(staff(['CASEWORKER']))).toBe(false);
    expect(mayImportPopulation(staff(['QUALITY_COUNCIL']))).toBe(false);
    expect(mayImportPopulation(staff([]))).toBe(false);
    expect(mayImportPopulation({ kind: 'person', personId: 'karl', actingFor: [] })).toBe(false);
    expect(mayImportPopulation({ kind: 'anonymous' })).toBe(false);
    expect(mayImportPopulation({ kind: 'system' } as Actor)).toBe(false);
  });
});

describe('mayReadPopulationImport', () => {
  it('shows a run to those who may import, of the unit that ran it only', () => {
    expect(mayReadPopulationImport(staff(['OUTREACH']), { unit: 'Enhet A' })).toBe(true);
    expect(mayReadPopulationImport(staff(['MANAGER']), { unit: 'Enhet A' })).toBe(true);
    expect(mayReadPopulationImport(staff(['OUTREACH'], 'Enhet B'), { unit: 'Enhet A' })).toBe(false);
    expect(mayReadPopulationImport(staff(['CASEWORKER']), { unit: 'Enhet A' })).toBe(false);
    expect(mayReadPopulationImport({ kind: 'person', personId: 'karl', actingFor: [] }, { unit: 'Enhet A' })).toBe(false);
  });
});
