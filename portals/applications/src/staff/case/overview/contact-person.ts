import type { CaseApplication } from '../case-data.ts';

/**
 * Whom the caseworker calls about the case, as a message: the person themself, or the
 * representative who sent the application for them (whose are the phone, e-mail and best time
 * the application gives). Applications sent before it was asked, by someone else, say so.
 */
export function contactPerson(application: Pick<CaseApplication, 'applicant' | 'submittedBy' | 'answers'>): { key: string; params: Record<string, string> } {
  const k = 'applications.staff.case.overview.contact';
  const person = application.applicant.fullName;
  const sender = application.submittedBy;
  const byRepresentative = !!sender && sender.id !== application.applicant.id;
  const whom = application.answers.contactWhom ?? (byRepresentative ? null : 'APPLICANT');
  if (whom === 'REPRESENTATIVE' && sender) return { key: `${k}.whomREPRESENTATIVE`, params: { name: sender.fullName, person } };
  if (whom === 'APPLICANT') return { key: `${k}.whomAPPLICANT`, params: { name: person } };
  return { key: `${k}.whomUnknown`, params: { name: sender?.fullName ?? '' } };
}
