import { composeMail, type MailText, type OutgoingMail } from '@omsorg/letters';
import { languageTag, type NoticeLanguage, type SessionNoticeFacts } from './session-facts.ts';

/*
 * The registrations' mails, in the language the person registered in (Swedish otherwise). They
 * say what, when and where, and nothing else about the person: mail is not a safe channel.
 */

type Words = { title: string; when: string; place: string; name: string; unit: string };

const MOVED_UP: Record<NoticeLanguage, (w: Words) => MailText> = {
  sv: (w) => ({
    subject: `Du har fått en plats: ${w.title}`,
    lines: [`Hej ${w.name}!`, '', `En plats blev ledig och nu är du anmäld till ${w.title}.`, `När: ${w.when}`, `Var: ${w.place}`, '', 'Kan du inte komma? Avboka på Mina anmälningar eller med din avbokningskod, så får någon annan platsen.', '', 'Med vänliga hälsningar', w.unit, 'Stockholms stad'],
  }),
  en: (w) => ({
    subject: `You have a place: ${w.title}`,
    lines: [`Hello ${w.name},`, '', `A place became free and you are now registered for ${w.title}.`, `When: ${w.when}`, `Where: ${w.place}`, '', 'Cannot come? Cancel under My registrations or with your cancel code, so someone else gets the place.', '', 'Kind regards', w.unit, 'City of Stockholm'],
  }),
  fi: (w) => ({
    subject: `Sait paikan: ${w.title}`,
    lines: [`Hei ${w.name}!`, '', `Paikka vapautui, ja olet nyt ilmoittautunut: ${w.title}.`, `Milloin: ${w.when}`, `Missä: ${w.place}`, '', 'Etkö pääse? Peru ilmoittautuminen kohdassa Omat ilmoittautumiset tai peruutuskoodilla, niin joku muu saa paikan.', '', 'Ystävällisin terveisin', w.unit, 'Tukholman kaupunki'],
  }),
  ar: (w) => ({
    subject: `حصلت على مكان: ${w.title}`,
    lines: [`مرحباً ${w.name}،`, '', `أصبح هناك مكان شاغر وأنت الآن مسجّل في ${w.title}.`, `متى: ${w.when}`, `أين: ${w.place}`, '', 'لا تستطيع الحضور؟ ألغِ التسجيل في صفحة تسجيلاتي أو برمز الإلغاء، ليحصل شخص آخر على المكان.', '', 'مع أطيب التحيات', w.unit, 'مدينة ستوكهولم'],
  }),
};

const REMINDER: Record<NoticeLanguage, (w: Words) => MailText> = {
  sv: (w) => ({
    subject: `Påminnelse: ${w.title} i morgon`,
    lines: [`Hej ${w.name}!`, '', `Du är anmäld till ${w.title} i morgon.`, `När: ${w.when}`, `Var: ${w.place}`, '', 'Kan du inte komma? Avboka gärna, så får någon annan platsen.', '', 'Välkommen!', w.unit, 'Stockholms stad'],
  }),
  en: (w) => ({
    subject: `Reminder: ${w.title} tomorrow`,
    lines: [`Hello ${w.name},`, '', `You are registered for ${w.title} tomorrow.`, `When: ${w.when}`, `Where: ${w.place}`, '', 'Cannot come? Please cancel, so someone else gets the place.', '', 'Welcome!', w.unit, 'City of Stockholm'],
  }),
  fi: (w) => ({
    subject: `Muistutus: ${w.title} huomenna`,
    lines: [`Hei ${w.name}!`, '', `Olet ilmoittautunut huomenna: ${w.title}.`, `Milloin: ${w.when}`, `Missä: ${w.place}`, '', 'Etkö pääse? Peru ilmoittautuminen, niin joku muu saa paikan.', '', 'Tervetuloa!', w.unit, 'Tukholman kaupunki'],
  }),
  ar: (w) => ({
    subject: `تذكير: ${w.title} غداً`,
    lines: [`مرحباً ${w.name}،`, '', `أنت مسجّل في ${w.title} غداً.`, `متى: ${w.when}`, `أين: ${w.place}`, '', 'لا تستطيع الحضور؟ ألغِ التسجيل من فضلك، ليحصل شخص آخر على المكان.', '', 'أهلاً وسهلاً!', w.unit, 'مدينة ستوكهولم'],
  }),
};

function words(facts: SessionNoticeFacts): Words {
  return { title: facts.title, when: facts.when, place: facts.place, name: facts.registration.name, unit: facts.organiserUnit };
}

/** "You have a place": to a person moved up from the waiting list who asked to be told by e-mail. */
export function movedUpMail(to: string, facts: SessionNoticeFacts): OutgoingMail {
  return composeMail(to, languageTag(facts.language), MOVED_UP[facts.language](words(facts)));
}

/** The reminder the day before. */
export function reminderMail(to: string, facts: SessionNoticeFacts): OutgoingMail {
  return composeMail(to, languageTag(facts.language), REMINDER[facts.language](words(facts)));
}
