import { graphqlRequest } from '@omsorg/ui';
import { APPLICATION_DRAFT_QUERY, SAVE_APPLICATION_DRAFT_MUTATION, START_APPLICATION_MUTATION, SUBMIT_APPLICATION_MUTATION } from '../operations.ts';
import type { ConflictErrorResult, DraftApplication, MutationResult, RateLimitErrorResult, ValidationErrorResult, ValidationIssue } from '../types.ts';
import { toAnswersInput, type AnswersForm } from './answers-form.ts';

// The draft as last read or saved, shared by the pages of one application so that moving
// from page to page needs no new request and always carries the latest version.
const drafts = new Map<string, DraftApplication>();

export function rememberDraft(application: DraftApplication): DraftApplication {
  drafts.set(application.id, application);
  return application;
}

export function cachedDraft(id: string): DraftApplication | null {
  return drafts.get(id) ?? null;
}

export async function fetchDraft(id: string): Promise<DraftApplication | null> {
  const { application } = await graphqlRequest<{ application: DraftApplication | null }>(APPLICATION_DRAFT_QUERY, { id });
  if (application) rememberDraft(application);
  else drafts.delete(id);
  return application;
}

export type StartOutcome =
  | { kind: 'started'; application: DraftApplication }
  /** Too many new applications in a short time: the message says how long to wait. */
  | { kind: 'limited'; message: string };

type StartResult = MutationResult<'MutationStartApplicationSuccess', DraftApplication, RateLimitErrorResult>;

/** Starts a draft (or gives the open one back); throws when the server cannot be reached or refuses the person. */
export async function startApplication(applicantId: string): Promise<StartOutcome> {
  const { startApplication: result } = await graphqlRequest<{ startApplication: StartResult }>(START_APPLICATION_MUTATION, {
    input: { applicantId },
  });
  if (result.__typename === 'RateLimitError') return { kind: 'limited', message: result.message };
  return { kind: 'started', application: rememberDraft(result.data) };
}

export type SaveOutcome =
  | { kind: 'saved'; application: DraftApplication }
  | { kind: 'invalid'; message: string; issues: ValidationIssue[] }
  /** Changed elsewhere (another window, a representative): the draft as it is now, or null if gone. */
  | { kind: 'conflict'; application: DraftApplication | null };

type SaveResult = MutationResult<'MutationSaveApplicationDraftSuccess', DraftApplication, ValidationErrorResult | ConflictErrorResult>;

/** Saves every answer with the version the page was built from; throws when the server cannot be reached. */
export async function saveDraft(application: DraftApplication, form: AnswersForm, draftStep: string): Promise<SaveOutcome> {
  const { saveApplicationDraft: result } = await graphqlRequest<{ saveApplicationDraft: SaveResult }>(SAVE_APPLICATION_DRAFT_MUTATION, {
    input: { id: application.id, version: application.version, draftStep, answers: toAnswersInput(form) },
  });
  switch (result.__typename) {
    case 'MutationSaveApplicationDraftSuccess':
      return { kind: 'saved', application: rememberDraft(result.data) };
    case 'ValidationError':
      return { kind: 'invalid', message: result.message, issues: result.issues };
    case 'ConflictError':
      return { kind: 'conflict', application: await fetchDraft(application.id) };
  }
}

export type SubmitOutcome =
  | { kind: 'submitted'; application: DraftApplication }
  | { kind: 'invalid'; message: string; issues: ValidationIssue[] }
  /** Too many applications in a short time: the message says how long to wait. */
  | { kind: 'limited'; message: string };

type SubmitResult = MutationResult<'MutationSubmitApplicationSuccess', DraftApplication, ValidationErrorResult | RateLimitErrorResult>;

export async function submitDraft(applicationId: string, submissionKey: string): Promise<SubmitOutcome> {
  const { submitApplication: result } = await graphqlRequest<{ submitApplication: SubmitResult }>(SUBMIT_APPLICATION_MUTATION, {
    input: { id: applicationId, submissionKey },
  });
  if (result.__typename === 'ValidationError') return { kind: 'invalid', message: result.message, issues: result.issues };
  if (result.__typename === 'RateLimitError') return { kind: 'limited', message: result.message };
  return { kind: 'submitted', application: rememberDraft(result.data) };
}
