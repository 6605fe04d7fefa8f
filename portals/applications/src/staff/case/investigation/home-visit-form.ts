import { isIsoDate, isTime, stockholmDateAndTime, stockholmInstant } from '../../shared/dates.ts';
import { maxLength, type FormIssue } from '../../shared/form-issues.ts';
import type { StaffApplication } from '../../types.ts';

export interface HomeVisitForm {
  date: string;
  time: string;
  place: string;
  sendInvitation: boolean;
}

export interface BookHomeVisitInput {
  applicationId: string;
  version: number;
  at: string;
  place: string;
  sendInvitation: boolean;
}

export function homeVisitFormFrom(application: Pick<StaffApplication, 'investigation'>): HomeVisitForm {
  const at = application.investigation?.homeVisitAt;
  const when = at ? stockholmDateAndTime(at) : { date: '', time: '' };
  return { ...when, place: application.investigation?.homeVisitPlace ?? '', sendInvitation: true };
}

export function validateHomeVisit(form: HomeVisitForm, today: string): FormIssue[] {
  const issues: FormIssue[] = [];
  if (!form.date.trim()) issues.push({ field: 'date', key: 'case.investigation.visit.errors.dateMissing' });
  else if (!isIsoDate(form.date)) issues.push({ field: 'date', key: 'validation.dateFormat' });
  else if (form.date < today) issues.push({ field: 'date', key: 'case.investigation.visit.errors.datePassed' });
  if (!form.time.trim()) issues.push({ field: 'time', key: 'case.investigation.visit.errors.timeMissing' });
  else if (!isTime(form.time)) issues.push({ field: 'time', key: 'validation.timeFormat' });
  if (!form.place.trim()) issues.push({ field: 'place', key: 'case.investigation.visit.errors.placeMissing' });
  issues.push(...maxLength(form.place, 200, 'place'));
  return issues;
}

export function toBookHomeVisitInput(form: HomeVisitForm, application: Pick<StaffApplication, 'id' | 'version'>): BookHomeVisitInput {
  return { applicationId: application.id, version: application.version, at: stockholmInstant(form.date, form.time), place: form.place.trim(), sendInvitation: form.sendInvitation };
}
