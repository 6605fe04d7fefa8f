import { describe, expect, it } from 'vitest';
import { emptyAnswersForm } from './answers-form.ts';
import { nextStep, previousStep, stepAt, stepOrder } from './steps.ts';

const paths = (form: Parameters<typeof stepOrder>[0]) => stepOrder(form).map((step) => step.path);

describe('stepOrder', () => {
  it('asks one question per page, ending with the check page', () => {
    expect(paths(emptyAnswersForm())).toEqual([
      'insatser',
      'bor-ensam',
      'anhoriga',
      'sjukhus',
      'kontaktsatt',
      'kontaktuppgifter',
      'basta-tid',
      'sprak',
      'tolk',
      'samtycke',
      'kontrollera',
    ]);
  });

  it('asks about the needs once per chosen service, in the order they are listed', () => {
    const order = paths({ services: ['NURSING_HOME', 'SAFETY_ALARM', 'HOME_CARE_PERSONAL'], contactMethod: '' });
    expect(order.slice(0, 4)).toEqual(['insatser', 'behov/hemtjanst-omvardnad', 'behov/trygghetslarm', 'behov/vard-och-omsorgsboende']);
  });

  it('does not ask when to call someone who wants letters', () => {
    expect(paths({ services: [], contactMethod: 'LETTER' })).not.toContain('basta-tid');
    expect(paths({ services: [], contactMethod: 'PHONE' })).toContain('basta-tid');
  });
});

describe('moving between pages', () => {
  const order = stepOrder({ services: ['SAFETY_ALARM'], contactMethod: 'PHONE' });

  it('goes forward and back in order', () => {
    expect(nextStep(order, 'insatser').path).toBe('behov/trygghetslarm');
    expect(nextStep(order, 'behov/trygghetslarm').path).toBe('bor-ensam');
    expect(nextStep(order, 'samtycke').path).toBe('kontrollera');
    expect(previousStep(order, 'bor-ensam')?.path).toBe('behov/trygghetslarm');
    expect(previousStep(order, 'insatser')).toBeNull();
  });

  it('stays on the check page at the end', () => {
    expect(nextStep(order, 'kontrollera').path).toBe('kontrollera');
  });
});

describe('stepAt', () => {
  it('reads a page from its address', () => {
    expect(stepAt('sjukhus')).toEqual({ kind: 'hospital', path: 'sjukhus' });
    expect(stepAt('behov/servicehus')).toEqual({ kind: 'needs', path: 'behov/servicehus', service: 'SERVICE_FLAT' });
  });

  it('knows no page for an address it does not have', () => {
    expect(stepAt('behov/okand')).toBeNull();
    expect(stepAt('nonsense')).toBeNull();
  });
});
