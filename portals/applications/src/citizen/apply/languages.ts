/**
 * Languages offered: the ones identity accepts as a person's preferred language
 * (@omsorg/rules PERSON_LANGUAGES). Names are in the message files.
 */
export { isPersonLanguage as isOfferedLanguage, PERSON_LANGUAGES as offeredLanguages } from '@omsorg/rules/languages';
