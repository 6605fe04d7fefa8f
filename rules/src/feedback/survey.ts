import { z } from 'zod';

/**
 * The yearly user survey ("brukarundersökning"), defined once for the service and the portals:
 * the core of the national survey "Vad tycker de äldre om äldreomsorgen?" in plain Swedish. Each
 * question has its answer options (always with "Vet inte"), and the options that count as
 * positive in the results. The share positive is taken of those who gave an answer other than
 * "Vet inte" (SURVEY_NOT_COUNTED), as the national survey reports it. The respondent's gender is
 * asked as a question of its own (SURVEY_GENDERS), not taken from any register.
 */

export const SURVEY_QUESTION_KEYS = ['KNOWS_WHERE_TO_TURN', 'HELP_FITS_NEEDS', 'GETS_GRANTED_HELP', 'TREATED_WELL', 'OVERALL_SATISFIED'] as const;
export type SurveyQuestionKey = (typeof SURVEY_QUESTION_KEYS)[number];

export const DONT_KNOW = 'DONT_KNOW';

export type SurveyQuestion = {
  key: SurveyQuestionKey;
  /** The question as the Swedish form asks it (the portal's sv messages say the same; a test checks). */
  text: string;
  /** The options in the order shown, "Vet inte" last, each with its Swedish words. */
  options: ReadonlyArray<{ key: string; text: string }>;
  /** The options counted as a positive answer. */
  positive: readonly string[];
};

const OFTEN = [
  { key: 'ALWAYS', text: 'Ja, alltid' },
  { key: 'MOSTLY', text: 'Ja, oftast' },
  { key: 'RARELY', text: 'Nej, sällan' },
  { key: 'NEVER', text: 'Nej, aldrig' },
  { key: DONT_KNOW, text: 'Vet inte' },
];

export const SURVEY_QUESTIONS: readonly SurveyQuestion[] = [
  {
    key: 'KNOWS_WHERE_TO_TURN',
    text: 'Vet du vart du ska vända dig om du behöver hjälp?',
    options: [
      { key: 'YES', text: 'Ja' },
      { key: 'NO', text: 'Nej' },
      { key: DONT_KNOW, text: 'Vet inte' },
    ],
    positive: ['YES'],
  },
  {
    key: 'HELP_FITS_NEEDS',
    text: 'Passar den hjälp du har fått dina behov?',
    options: [
      { key: 'FULLY', text: 'Ja, helt' },
      { key: 'MOSTLY', text: 'Ja, till största delen' },
      { key: 'LITTLE', text: 'Nej, inte så mycket' },
      { key: 'NOT_AT_ALL', text: 'Nej, inte alls' },
      { key: DONT_KNOW, text: 'Vet inte' },
    ],
    positive: ['FULLY', 'MOSTLY'],
  },
  { key: 'GETS_GRANTED_HELP', text: 'Får du den hjälp du har beviljats?', options: OFTEN, positive: ['ALWAYS', 'MOSTLY'] },
  { key: 'TREATED_WELL', text: 'Blir du bemött på ett bra sätt?', options: OFTEN, positive: ['ALWAYS', 'MOSTLY'] },
  {
    key: 'OVERALL_SATISFIED',
    text: 'Hur nöjd är du sammantaget med den hjälp du får?',
    options: [
      { key: 'VERY', text: 'Mycket nöjd' },
      { key: 'FAIRLY', text: 'Ganska nöjd' },
      { key: 'NEITHER', text: 'Varken nöjd eller missnöjd' },
      { key: 'FAIRLY_NOT', text: 'Ganska missnöjd' },
      { key: 'VERY_NOT', text: 'Mycket missnöjd' },
      { key: DONT_KNOW, text: 'Vet inte' },
    ],
    positive: ['VERY', 'FAIRLY'],
  },
];

/** Answers that are not counted in a share (neither positive nor negative). */
export const SURVEY_NOT_COUNTED: readonly string[] = [DONT_KNOW];

/** "Är du kvinna eller man?": kvinna, man, vill inte svara. */
export const SURVEY_GENDERS = ['WOMAN', 'MAN', 'NOT_SAID'] as const;
export type SurveyGender = (typeof SURVEY_GENDERS)[number];
export const SURVEY_GENDER_TEXT: Record<SurveyGender, string> = { WOMAN: 'Kvinna', MAN: 'Man', NOT_SAID: 'Vill inte svara' };
export const SURVEY_GENDER_QUESTION = 'Är du kvinna eller man?';

/** Online and on paper (a returned questionnaire entered by staff). */
export const SURVEY_CHANNELS = ['WEB', 'PAPER'] as const;
export type SurveyChannel = (typeof SURVEY_CHANNELS)[number];

/** A share based on fewer respondents than this is not shown ("för få svar"). */
export const SURVEY_MIN_RESPONDENTS = 5;

export function surveyQuestion(key: SurveyQuestionKey): SurveyQuestion {
  const question = SURVEY_QUESTIONS.find((q) => q.key === key);
  if (!question) throw new Error(`Unknown survey question ${key}`);
  return question;
}

/** One questionnaire's answers: each question's option, or absent when not answered (a paper form may leave some blank). */
export const surveyAnswers = z
  .array(z.object({ question: z.enum(SURVEY_QUESTION_KEYS), option: z.string().min(1).max(20) }))
  .max(SURVEY_QUESTION_KEYS.length)
  .superRefine((answers, ctx) => {
    const seen = new Set<string>();
    answers.forEach((answer, index) => {
      if (seen.has(answer.question)) ctx.addIssue({ code: 'custom', path: [index, 'question'], message: 'validation.survey.questionTwice' });
      seen.add(answer.question);
      if (!surveyQuestion(answer.question).options.some((option) => option.key === answer.option)) {
        ctx.addIssue({ code: 'custom', path: [index, 'option'], message: 'validation.survey.unknownOption' });
      }
    });
  });
export type SurveyAnswers = z.infer<typeof surveyAnswers>;

/** A survey's period: opens on or before it closes, both in the survey's year or the next one's January (paper forms come back late). */
export function surveyPeriodIssue(year: number, opensOn: string, closesOn: string): string | null {
  if (closesOn < opensOn) return 'validation.survey.closesBeforeOpens';
  if (!opensOn.startsWith(`${year}-`)) return 'validation.survey.opensOutsideYear';
  if (closesOn > `${year + 1}-01-31`) return 'validation.survey.closesTooLate';
  return null;
}

/**
 * The indicators of the city's management system the survey measures (DOMAIN.md, "Indicators
 * the units report"), with their targets in percent. `GETS_GRANTED_HELP` has no target of its
 * own: the 2022 result (96.4 % women, 97.1 % men) is the level to keep.
 */
export const SURVEY_INDICATORS = [
  { indicator: 'KNOWS_WHERE_TO_TURN', question: 'KNOWS_WHERE_TO_TURN', target: { women: 65, men: 65, all: 65 }, targetMax: null },
  { indicator: 'HELP_FITS_NEEDS', question: 'HELP_FITS_NEEDS', target: { women: 75, men: 75, all: 75 }, targetMax: 90 },
  { indicator: 'GETS_GRANTED_HELP', question: 'GETS_GRANTED_HELP', target: { women: 96.4, men: 97.1, all: 96.4 }, targetMax: null },
] as const satisfies ReadonlyArray<{ indicator: string; question: SurveyQuestionKey; target: { women: number; men: number; all: number }; targetMax: number | null }>;
export type SurveyIndicatorKey = (typeof SURVEY_INDICATORS)[number]['indicator'];
