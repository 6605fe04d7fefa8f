import { day, requiredText } from '@omsorg/rules';
import { HOME_VISIT_PLACE_MAX_LENGTH } from '@omsorg/rules/applications';
import { z } from 'zod';
import type { BookHomeVisitInput } from '../../../generated/graphql.ts';
import { isTime, stockholmDateAndTime, stockholmInstant } from '../../shared/dates.ts';
import type { CaseApplication } from '../case-data.ts';

export interface HomeVisitForm {
  date: string;
  time: string;
  place: string;
  sendInvitation: boolean;
}

export function homeVisitFormFrom(application: Pick<CaseApplication, 'investigation'>): HomeVisitForm {
  const at = application.investigation?.homeVisitAt;
  const when = at ? stockholmDateAndTime(at) : { date: '', time: '' };
  return { ...when, place: application.investigation?.homeVisitPlace ?? '', sendInvitation: true };
}

/** A visit on a day to come (today included), at a time of day, at a place. */
export function homeVisitSchema(today: string) {
  return z.object({
    date: day({ missing: 'case.investigation.visit.errors.dateMissing' }).refine((value) => value >= today, 'case.investigation.visit.errors.datePassed'),
    time: z
      .string()
      .trim()
      .min(1, { message: 'case.investigation.visit.errors.timeMissing', abort: true })
      .refine(isTime, 'case.investigation.visit.errors.timeFormat'),
    place: requiredText(HOME_VISIT_PLACE_MAX_LENGTH, 'case.investigation.visit.errors.placeMissing'),
    sendInvitation: z.boolean(),
  });
}

export function toBookHomeVisitInput(form: z.output<ReturnType<typeof homeVisitSchema>>, application: Pick<CaseApplication, 'id' | 'version'>): BookHomeVisitInput {
  return { applicationId: application.id, version: application.version, at: stockholmInstant(form.date, form.time), place: form.place, sendInvitation: form.sendInvitation };
}
