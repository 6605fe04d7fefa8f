import { describe, expect, it } from 'vitest';
import { registeredIntake } from './intake.ts';

describe('registeredIntake', () => {
  const env = { APPLICATIONS_INTAKE_UNIT: 'Mottagningen' };

  it('sends a discharge notice, urgent, to the intake group whoever registers it', () => {
    expect(registeredIntake('HOSPITAL_DISCHARGE', 'Hemteamet', false, env)).toEqual({ unit: 'Mottagningen', urgent: true });
  });

  it('keeps other channels in the registering unit, urgent only when marked', () => {
    expect(registeredIntake('PHONE', 'Hemteamet', false, env)).toEqual({ unit: 'Hemteamet', urgent: false });
    expect(registeredIntake('PAPER', 'Hemteamet', true, env)).toEqual({ unit: 'Hemteamet', urgent: true });
  });
});
