import { FeedbackStatisticsDimension, FeedbackType, type StaffFeedbackStatisticsQuery } from '../../generated/graphql.ts';

/**
 * The statistics page's view of `feedbackStatistics`, pure: the rows of each section's table in
 * the report's order, and the years to choose from. The service counts; nothing is counted here.
 */
export type Statistics = NonNullable<StaffFeedbackStatisticsQuery['feedbackStatistics']>;
export type Counts = Statistics['outcomes'][number]['received'];

/** The sections, in the report's order: type (praise among them), source, subject, target. */
export const SECTIONS = [
  FeedbackStatisticsDimension.Type,
  FeedbackStatisticsDimension.Source,
  FeedbackStatisticsDimension.Subject,
  FeedbackStatisticsDimension.Target,
] as const;

export type SectionRow = { category: string; periods: Counts[] };

/** A dimension's rows as the service ordered them (the report's order). */
export function sectionRows(statistics: Statistics, dimension: FeedbackStatisticsDimension): SectionRow[] {
  return statistics.categories.filter((row) => row.dimension === dimension).map((row) => ({ category: row.category, periods: row.periods }));
}

/** Praise received in the year ("Antal beröm"), for the summary. */
export function praiseOfYear(statistics: Statistics): number {
  return statistics.categories.find((row) => row.dimension === FeedbackStatisticsDimension.Type && row.category === FeedbackType.Praise)?.periods[3]?.total ?? 0;
}

/** The years offered: this year and the five before it, newest first. */
export function yearChoices(thisYear: number): number[] {
  return Array.from({ length: 6 }, (_, index) => thisYear - index);
}

/** A year from the address (?ar=2025), or this year when it is missing or not one of the choices. */
export function chosenYear(value: unknown, thisYear: number): number {
  const year = Number.parseInt(String(value ?? ''), 10);
  return yearChoices(thisYear).includes(year) ? year : thisYear;
}

/** The message key of a category's name: types and subjects have the form's names, sources and targets the statistics' own. */
export function categoryKey(dimension: FeedbackStatisticsDimension, category: string): string {
  switch (dimension) {
    case FeedbackStatisticsDimension.Type:
      return `feedback.type.${category}`;
    case FeedbackStatisticsDimension.Subject:
      return `feedback.subject.${category}`;
    case FeedbackStatisticsDimension.Source:
      return `feedback.statistics.source.${category}`;
    default:
      return `feedback.statistics.target.${category}`;
  }
}
