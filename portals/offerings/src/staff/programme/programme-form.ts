import { addMonths, programmeMonthIssue, programmeMonths } from '@omsorg/rules/offerings';
import { z } from 'zod';
import { ContentLanguage, ProgrammeLayout, ProgrammeRunStatus, type StaffProgrammeRunFieldsFragment } from '../../generated/graphql.ts';

/** The languages a programme can be printed in (the service refuses Arabic: the PDF fonts have no Arabic letters yet). */
export const PRINTABLE_LANGUAGES = [ContentLanguage.Sv, ContentLanguage.SvXEasy, ContentLanguage.Fi, ContentLanguage.En] as const;

/** The form: a district from the list, a month the service accepts (the same rule), a layout and a language. Keys under offerings.programme. */
export function programmeFormSchema(today: string) {
  return z.object({
    district: z.string().min(1, 'errors.district'),
    month: z.string().refine((month) => programmeMonthIssue(month, today) === null, 'errors.month'),
    // Strings in (what a select or radio gives), the schema's enums out.
    layout: z.string().pipe(z.enum([ProgrammeLayout.NoticeBoard, ProgrammeLayout.Newspaper], 'errors.layout')),
    language: z.string().pipe(z.enum(PRINTABLE_LANGUAGES, 'errors.language')),
  });
}

/** The months offered, this one first, named in the page's language: "december 2026". */
export function monthOptions(today: string, locale: string): Array<{ value: string; label: string }> {
  const format = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return programmeMonths(today).map((month) => ({ value: month, label: format.format(new Date(`${month}-15T12:00:00Z`)) }));
}

/** The month after this one is what staff usually print; this one when asked in its first week. */
export function suggestedMonth(today: string): string {
  return Number(today.slice(8, 10)) <= 7 ? today.slice(0, 7) : addMonths(today.slice(0, 7), 1);
}

export type ProgrammeRun = StaffProgrammeRunFieldsFragment;

export const isUnfinished = (run: ProgrammeRun) => run.status === ProgrammeRunStatus.Queued || run.status === ProgrammeRunStatus.Running;

/** The page's number from ?sida=, 1 when missing or odd. */
export function pageFromQuery(value: unknown): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}
