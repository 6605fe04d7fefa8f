import { describe, expect, it } from 'vitest';
import { emptyAnswersForm, type AnswersForm } from './answers-form.ts';
import { withPersonPreset } from './person-preset.ts';

const aino = { preferredLanguage: 'fi', interpreterNeeded: true };
const form = (overrides: Partial<AnswersForm> = {}): AnswersForm => ({ ...emptyAnswersForm(), services: ['SAFETY_ALARM'], ...overrides });

describe('withPersonPreset', () => {
  it('presets the language and the interpreter from identity before the person has answered', () => {
    const preset = withPersonPreset(form(), 'bor-ensam', aino);
    expect(preset.language).toBe('fi');
    expect(preset.interpreterNeeded).toBe('yes');
  });

  it('keeps what the person answered: Swedish chosen on the language page, "no" to an interpreter', () => {
    const preset = withPersonPreset(form({ interpreterNeeded: 'no' }), 'samtycke', aino);
    expect(preset.language).toBe('sv');
    expect(preset.interpreterNeeded).toBe('no');
  });

  it('keeps another language the person chose, even before the draft was saved past the question', () => {
    expect(withPersonPreset(form({ language: 'ar' }), 'sprak', aino).language).toBe('ar');
  });

  it('never answers "no" for the person, and leaves a language the form does not offer', () => {
    const preset = withPersonPreset(form(), null, { preferredLanguage: 'xx', interpreterNeeded: false });
    expect(preset.language).toBe('sv');
    expect(preset.interpreterNeeded).toBe('');
  });

  it('changes nothing without the person', () => {
    expect(withPersonPreset(form(), null, null)).toEqual(form());
  });
});
