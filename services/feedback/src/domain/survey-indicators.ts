import { SURVEY_INDICATORS, type SurveyIndicatorKey, type SurveyQuestionKey } from '@omsorg/rules/feedback';
import type { QuestionResult, Share } from './survey-results.ts';

export type IndicatorFigure = Share & { target: number; met: boolean | null };
export type SurveyIndicator = { indicator: SurveyIndicatorKey; question: SurveyQuestionKey; targetMax: number | null; women: IndicatorFigure; men: IndicatorFigure; all: IndicatorFigure };

/** Met when the share reaches the target; null when there is no figure (no survey, or too few answers). */
function figure(share: Share, target: number): IndicatorFigure {
  return { ...share, target, met: share.percent === null ? null : share.percent >= target };
}

/** The survey's indicators (DOMAIN.md) from a survey's results, per gender, with target and whether met. */
export function surveyIndicators(results: readonly QuestionResult[]): SurveyIndicator[] {
  return SURVEY_INDICATORS.map((definition) => {
    const result = results.find((r) => r.question === definition.question);
    const none: Share = { respondents: 0, percent: null, suppressed: true };
    return {
      indicator: definition.indicator,
      question: definition.question,
      targetMax: definition.targetMax,
      women: figure(result?.women ?? none, definition.target.women),
      men: figure(result?.men ?? none, definition.target.men),
      all: figure(result?.all ?? none, definition.target.all),
    };
  });
}
