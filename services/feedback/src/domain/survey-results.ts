import { SURVEY_MIN_RESPONDENTS, SURVEY_NOT_COUNTED, SURVEY_QUESTIONS, type SurveyGender, type SurveyQuestionKey } from '@omsorg/rules/feedback';

/** One questionnaire as the results need it: the gender given and the options chosen. */
export type CountedResponse = { gender: SurveyGender | null; answers: Record<string, string> };

/**
 * A share positive among `respondents` (those who answered the question other than "Vet inte"),
 * in percent with one decimal; null when there are fewer than SURVEY_MIN_RESPONDENTS ("för få
 * svar"), so that no figure can point out a few people.
 */
export type Share = { respondents: number; percent: number | null; suppressed: boolean };

export type QuestionResult = { question: SurveyQuestionKey; women: Share; men: Share; all: Share };

export function share(positive: number, respondents: number): Share {
  if (respondents < SURVEY_MIN_RESPONDENTS) return { respondents, percent: null, suppressed: true };
  return { respondents, percent: Math.round((1000 * positive) / respondents) / 10, suppressed: false };
}

/**
 * Each question's share positive for women, men and all (those who did not give their gender
 * count in "all" only). Pure: the caller loads a survey's responses in one statement.
 */
export function surveyResults(responses: readonly CountedResponse[]): QuestionResult[] {
  return SURVEY_QUESTIONS.map((question) => {
    const tally = { women: [0, 0], men: [0, 0], all: [0, 0] };
    for (const response of responses) {
      const option = response.answers[question.key];
      if (option === undefined || SURVEY_NOT_COUNTED.includes(option)) continue;
      const positive = question.positive.includes(option) ? 1 : 0;
      const groups: Array<keyof typeof tally> = ['all'];
      if (response.gender === 'WOMAN') groups.push('women');
      if (response.gender === 'MAN') groups.push('men');
      for (const group of groups) {
        tally[group][0]! += positive;
        tally[group][1]! += 1;
      }
    }
    return {
      question: question.key,
      women: share(tally.women[0]!, tally.women[1]!),
      men: share(tally.men[0]!, tally.men[1]!),
      all: share(tally.all[0]!, tally.all[1]!),
    };
  });
}
