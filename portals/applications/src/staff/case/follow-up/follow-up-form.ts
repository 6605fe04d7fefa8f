import { maxLength, type FormIssue } from '../../shared/form-issues.ts';
import { followUpOutcomes } from '../../types.ts';

export interface FollowUpForm {
  outcome: string;
  note: string;
}

export function validateFollowUp(form: FollowUpForm): FormIssue[] {
  return [
    ...((followUpOutcomes as readonly string[]).includes(form.outcome) ? [] : [{ field: 'outcome', key: 'case.followUp.errors.outcome' }]),
    ...(form.note.trim() ? [] : [{ field: 'note', key: 'case.followUp.errors.note' }]),
    ...maxLength(form.note, 4000, 'note'),
  ];
}

export function toCompleteFollowUpInput(followUpId: string, form: FollowUpForm) {
  return { followUpId, outcome: form.outcome, note: form.note.trim() };
}
