import type { AnswersForm } from './answers-form.ts';
import { isOfferedLanguage } from './languages.ts';
import { stepOrder } from './steps.ts';

/** What identity holds about the applicant's language (Person.preferredLanguage, interpreterNeeded). */
export type LanguageFacts = { preferredLanguage: string; interpreterNeeded: boolean };

/**
 * The answers with the language questions preset from identity while the person has not
 * answered them: their preferred language, and "yes" to an interpreter when identity says they
 * need one (never a "no" they did not give). The language question counts as answered once the
 * draft was saved past it (draftStep is the page to continue on), the interpreter question once
 * it has an answer. The person can change either; what they answered is never overwritten.
 */
export function withPersonPreset(form: AnswersForm, draftStep: string | null, person: LanguageFacts | null | undefined): AnswersForm {
  if (!person) return form;
  const order = stepOrder(form);
  const languageAt = order.findIndex((step) => step.kind === 'language');
  const savedAt = draftStep ? order.findIndex((step) => step.path === draftStep) : -1;
  // Swedish is the saved default, so any other language was chosen by the person.
  const languageAnswered = savedAt > languageAt || form.language !== 'sv';
  return {
    ...form,
    language: !languageAnswered && isOfferedLanguage(person.preferredLanguage) ? person.preferredLanguage : form.language,
    interpreterNeeded: form.interpreterNeeded === '' && person.interpreterNeeded ? 'yes' : form.interpreterNeeded,
  };
}
