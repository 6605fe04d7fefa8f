import type { Catalogs } from '@omsorg/platform';

/**
 * Messages of the outreach service; the forms' validation messages are the shared rules'
 * (@omsorg/rules, validation.invitationCode.*, validation.birthDate.*). {phone} is
 * INVITATION_HELP_PHONE.
 */
export const invitationMessages: Catalogs = {
  sv: {
    'invitation.noMatch': 'Koden och födelsedatumet hör inte ihop. Kontrollera och försök igen, eller ring oss på {phone}.',
    'invitation.locked': 'Koden är spärrad efter för många försök. Försök igen om {wait}, eller ring oss på {phone} så hjälper vi dig.',
    'invitation.tooManyAttempts': 'Du har försökt många gånger på kort tid. Vänta {wait} och försök igen, eller ring oss på {phone}.',
    'invitation.sessionEnded': 'Du behöver skriva in koden och födelsedatumet igen.',
    'invitation.notFound': 'Inbjudan finns inte, eller så kan du inte svara på den.',
  },
  en: {
    'invitation.noMatch': 'The code and the date of birth do not match. Check them and try again, or call us on {phone}.',
    'invitation.locked': 'The code is locked after too many attempts. Try again in {wait}, or call us on {phone} and we will help you.',
    'invitation.tooManyAttempts': 'You have tried many times in a short time. Wait {wait} and try again, or call us on {phone}.',
    'invitation.sessionEnded': 'Please enter the code and the date of birth again.',
    'invitation.notFound': 'The invitation does not exist, or you cannot answer it.',
  },
  fi: {
    'invitation.noMatch': 'Koodi ja syntymäaika eivät sovi yhteen. Tarkista ja yritä uudelleen, tai soita meille numeroon {phone}.',
    'invitation.locked': 'Koodi on lukittu liian monen yrityksen jälkeen. Yritä uudelleen {wait} kuluttua, tai soita meille numeroon {phone}, niin autamme.',
    'invitation.tooManyAttempts': 'Olet yrittänyt monta kertaa lyhyessä ajassa. Odota {wait} ja yritä uudelleen, tai soita meille numeroon {phone}.',
    'invitation.sessionEnded': 'Kirjoita koodi ja syntymäaika uudelleen.',
    'invitation.notFound': 'Kutsua ei ole, tai et voi vastata siihen.',
  },
  ar: {
    'invitation.noMatch': 'الرمز وتاريخ الميلاد غير متطابقين. تحقق منهما وحاول مرة أخرى، أو اتصل بنا على {phone}.',
    'invitation.locked': 'تم قفل الرمز بعد محاولات كثيرة. حاول مرة أخرى بعد {wait}، أو اتصل بنا على {phone} وسنساعدك.',
    'invitation.tooManyAttempts': 'لقد حاولت مرات كثيرة في وقت قصير. انتظر {wait} وحاول مرة أخرى، أو اتصل بنا على {phone}.',
    'invitation.sessionEnded': 'يرجى كتابة الرمز وتاريخ الميلاد مرة أخرى.',
    'invitation.notFound': 'الدعوة غير موجودة، أو لا يمكنك الرد عليها.',
  },
};
