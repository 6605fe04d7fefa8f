/**
 * The messages of the rules, written once for the services (flat keys, `{name}` parameters)
 * and the portals (nestedMessages). Swedish first; a missing text falls back to Swedish.
 */
export type RuleLocale = 'sv' | 'en' | 'fi' | 'ar';

export const ruleMessages: Record<RuleLocale, Record<string, string>> = {
  sv: {
    'validation.invalidCharacters': 'Texten innehåller tecken som inte kan sparas, till exempel osynliga styrtecken. Skriv om texten utan dem och försök igen.',
    'validation.required': 'Fyll i det här fältet.',
    'validation.tooShort': 'Skriv minst {minimum} tecken.',
    'validation.tooLong': 'Texten får vara högst {maximum} tecken.',
    'validation.tooSmall': 'Värdet måste vara minst {minimum}.',
    'validation.tooBig': 'Värdet får vara högst {maximum}.',
    'validation.email': 'Skriv en e-postadress, till exempel namn@exempel.se.',
    'validation.phone': 'Skriv ett telefonnummer med siffror, till exempel 070-123 45 67.',
    'validation.invalid': 'Kontrollera värdet.',
    'validation.notInFuture': 'Datumet kan inte vara senare än i dag.',
    'validation.day': 'Skriv ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-12-01.',
    'validation.decision.hoursOnlyHomeCare': 'Timmar per månad anges bara för hemtjänst.',
    'validation.decision.hoursNegative': 'Antalet timmar kan inte vara negativt.',
    'validation.decision.hoursTooMany': 'En månad har högst {maximum} timmar. Ange färre timmar.',
    'validation.decision.hoursRequired': 'Ange hur många timmar i månaden som beviljas.',
    'validation.decision.validToBeforeValidFrom': 'Beslutet kan inte gälla till ett datum före det datum det börjar gälla.',
  },
  en: {
    'validation.invalidCharacters': 'The text contains characters that cannot be saved, such as invisible control characters. Write it without them and try again.',
    'validation.required': 'Fill in this field.',
    'validation.tooShort': 'Write at least {minimum} characters.',
    'validation.tooLong': 'The text may be at most {maximum} characters.',
    'validation.tooSmall': 'The value must be at least {minimum}.',
    'validation.tooBig': 'The value may be at most {maximum}.',
    'validation.email': 'Enter an e-mail address, for example name@example.com.',
    'validation.phone': 'Enter a phone number in digits, for example 070-123 45 67.',
    'validation.invalid': 'Check the value.',
    'validation.notInFuture': 'The date cannot be later than today.',
    'validation.day': 'Write a date as YYYY-MM-DD, for example 2026-12-01.',
    'validation.decision.hoursOnlyHomeCare': 'Hours per month are given for home care only.',
    'validation.decision.hoursNegative': 'The number of hours cannot be negative.',
    'validation.decision.hoursTooMany': 'A month has at most {maximum} hours. Enter fewer hours.',
    'validation.decision.hoursRequired': 'Enter how many hours a month are granted.',
    'validation.decision.validToBeforeValidFrom': 'A decision cannot end before the day it starts.',
  },
  fi: {
    'validation.invalidCharacters': 'Tekstissä on merkkejä, joita ei voi tallentaa, esimerkiksi näkymättömiä ohjausmerkkejä. Kirjoita teksti ilman niitä ja yritä uudelleen.',
    'validation.required': 'Täytä tämä kenttä.',
    'validation.tooShort': 'Kirjoita vähintään {minimum} merkkiä.',
    'validation.tooLong': 'Tekstissä saa olla enintään {maximum} merkkiä.',
    'validation.tooSmall': 'Arvon on oltava vähintään {minimum}.',
    'validation.tooBig': 'Arvo saa olla enintään {maximum}.',
    'validation.email': 'Kirjoita sähköpostiosoite, esimerkiksi nimi@esimerkki.fi.',
    'validation.phone': 'Kirjoita puhelinnumero numeroina, esimerkiksi 070-123 45 67.',
    'validation.invalid': 'Tarkista arvo.',
  },
  ar: {
    'validation.invalidCharacters': 'يحتوي النص على أحرف لا يمكن حفظها، مثل أحرف التحكم غير المرئية. اكتب النص بدونها وحاول مرة أخرى.',
    'validation.required': 'املأ هذا الحقل.',
    'validation.tooShort': 'اكتب {minimum} أحرف على الأقل.',
    'validation.tooLong': 'يجب ألا يزيد النص عن {maximum} حرفًا.',
    'validation.tooSmall': 'يجب أن تكون القيمة {minimum} على الأقل.',
    'validation.tooBig': 'يجب ألا تزيد القيمة عن {maximum}.',
    'validation.email': 'أدخل عنوان بريد إلكتروني، مثل name@example.com.',
    'validation.phone': 'أدخل رقم هاتف بالأرقام، مثل 070-123 45 67.',
    'validation.invalid': 'تحقق من القيمة.',
  },
};

/** The same messages nested by key part ("validation.decision.hoursTooMany"), as vue-i18n reads them. */
export function nestedMessages(locale: RuleLocale): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, text] of Object.entries({ ...ruleMessages.sv, ...ruleMessages[locale] })) {
    const parts = key.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    // vue-i18n reads @ (linked message) and | (plural) as syntax: write them as literals.
    node[parts[parts.length - 1] as string] = text.replace(/[@|]/g, (character) => `{'${character}'}`);
  }
  return root;
}
