import type { EntityManager } from '@mikro-orm/postgresql';
import { dayInStockholm, writeClockTime, writeDayOf } from '../domain/stockholm-time.ts';
import type { Application } from '../entities/application.ts';
import { Investigation } from '../entities/investigation.ts';
import type { DecisionLetterFile } from './decision-letter.ts';
import { letterAddressing, letterFile, letterLanguage, type LetterRequest } from './letter-facts.ts';
import { answeringPhone, framedLetter, type LetterAddressing } from './letter-frame.ts';
import { renderDocumentPdf, type LetterDocument, type RenderOptions } from './render-pdf.ts';
import { letterTemplate, type LetterLanguage } from './templates.ts';

export type HomeVisitLetterFacts = LetterAddressing & {
  /** The day the invitation was sent, "YYYY-MM-DD" in Stockholm. */
  invitedOn: string;
  at: Date;
  place: string;
  interpreterNeeded: boolean;
};

type HomeVisitWords = {
  title: string;
  introduction: string;
  timeAndPlace: string;
  when: string;
  where: string;
  /** Day and time of the visit in Stockholm time, e.g. "tisdag 1 december 2026 kl. 10.00". */
  formatTime: (at: Date) => string;
  interpreter: string;
  relative: (phone: string) => string;
};

function timeFormatter(language: LetterLanguage, joiner: string): (at: Date) => string {
  return (at) => `${writeDayOf(at, language, { weekday: true })} ${joiner} ${writeClockTime(at, language)}`;
}

const WORDS: Record<LetterLanguage, HomeVisitWords> = {
  sv: {
    title: 'Kallelse till hembesök',
    introduction: 'Din biståndshandläggare kommer på besök för att prata med dig om din ansökan: vad du behöver hjälp med i vardagen och vad du själv vill.',
    timeAndPlace: 'Tid och plats',
    when: 'När',
    where: 'Var',
    formatTime: timeFormatter('sv', 'kl.'),
    interpreter: 'Vi bokar en tolk till besöket.',
    relative: (phone) => `Du får gärna ha med en anhörig. Om tiden inte passar, ring ${phone} och uppge ärendenumret.`,
  },
  fi: {
    title: 'Kutsu kotikäynnille',
    introduction: 'Avustuskäsittelijäsi tulee kotikäynnille keskustelemaan kanssasi hakemuksestasi: missä tarvitset apua arjessa ja mitä itse toivot.',
    timeAndPlace: 'Aika ja paikka',
    when: 'Aika',
    where: 'Paikka',
    formatTime: timeFormatter('fi', 'klo'),
    interpreter: 'Varaamme käynnille tulkin.',
    relative: (phone) => `Voit pyytää omaisen mukaan käynnille. Jos aika ei sovi sinulle, soita numeroon ${phone} ja mainitse asianumero.`,
  },
};

/** The invitation to the investigation's home visit, as a letter for the post. */
export function buildHomeVisitLetter(facts: HomeVisitLetterFacts, language: LetterLanguage = 'sv'): LetterDocument {
  const template = letterTemplate(language);
  const words = WORDS[language];
  const phone = answeringPhone(facts);
  return {
    ...framedLetter(facts, template, words.title, facts.invitedOn),
    introduction: words.introduction,
    sections: [
      {
        heading: words.timeAndPlace,
        lines: [
          { label: words.when, value: words.formatTime(facts.at) },
          { label: words.where, value: facts.place },
        ],
        paragraphs: [...(facts.interpreterNeeded ? [{ text: words.interpreter }] : []), { text: words.relative(phone) }],
      },
    ],
  };
}

/** The home-visit invitation as a PDF, or null until a visit is booked. */
export async function homeVisitLetter(em: EntityManager, application: Application, request: LetterRequest, options: RenderOptions = {}): Promise<DecisionLetterFile | null> {
  const investigation = await em.findOne(Investigation, { application: application.id });
  if (!investigation?.homeVisitAt || !investigation.homeVisitPlace) return null;
  const language = letterLanguage(application, request);
  const pdf = await renderDocumentPdf(
    buildHomeVisitLetter(
      {
        ...(await letterAddressing(em, application, request)),
        invitedOn: dayInStockholm(investigation.homeVisitInvitedAt ?? new Date()),
        at: investigation.homeVisitAt,
        place: investigation.homeVisitPlace,
        interpreterNeeded: application.answers.interpreterNeeded === true,
      },
      language,
    ),
    options,
  );
  return letterFile({ sv: 'kallelse-hembesok', fi: 'kutsu-kotikaynnille' }, application, language, pdf);
}
