import { graphqlRequest } from '@omsorg/ui';
import {
  CitizenApplicationDraftDocument,
  CitizenSaveApplicationDraftDocument,
  CitizenStartApplicationDocument,
  CitizenSubmitApplicationDocument,
  type CitizenDraftFragment,
  type CitizenSaveApplicationDraftMutation,
  type CitizenStartApplicationMutation,
} from '../../generated/graphql.ts';
import { toAnswersInput, type AnswersForm } from './answers-form.ts';

export type DraftApplication = CitizenDraftFragment;
type Issue = { field: string; message: string };

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
  const { application } = await graphqlRequest(CitizenApplicationDraftDocument, { id });
  if (application) rememberDraft(application);
  else drafts.delete(id);
  return application;
}

/** A refusal the person can do nothing about but wait or go back (too many, gone): its message. */
type Refusal = { kind: 'limited'; message: string };

/** The service's field issues, or its message alone when it names no field. */
function issuesOf(error: { message: string; issues: readonly Issue[] }): Issue[] {
  return error.issues.length > 0 ? [...error.issues] : [{ field: '', message: error.message }];
}

export type StartOutcome =
  | { kind: 'started'; application: DraftApplication }
  /** Too many new applications in a short time (or refused otherwise): the message says why. */
  | Refusal;

/** Starts a draft (or gives the open one back) and remembers it; throws when the server cannot be reached or refuses the person. */
export async function startDraft(applicantId: string, applicantName?: string, submitterLanguage?: string): Promise<CitizenStartApplicationMutation['startApplication']> {
  // The name lets mail to a representative say whom it concerns ("ansökan för Signe Andersson");
  // their own language from identity, that it is written in their language.
  const input = { applicantId, ...(applicantName ? { applicantName } : {}), ...(submitterLanguage ? { submitterLanguage } : {}) };
  const { startApplication: result } = await graphqlRequest(CitizenStartApplicationDocument, { input });
  if (result.__typename === 'MutationStartApplicationSuccess') rememberDraft(result.data);
  return result;
}

export async function startApplication(applicantId: string): Promise<StartOutcome> {
  const result = await startDraft(applicantId);
  if (result.__typename === 'MutationStartApplicationSuccess') return { kind: 'started', application: result.data };
  return { kind: 'limited', message: result.message };
}

export type SaveResult = CitizenSaveApplicationDraftMutation['saveApplicationDraft'];

/**
 * Saves every answer with the version the page was built from, and remembers the draft saved;
 * the page makes its errors of the rest. Throws when the server cannot be reached.
 */
export async function saveDraft(application: DraftApplication, form: AnswersForm, draftStep: string): Promise<SaveResult> {
  const { saveApplicationDraft: result } = await graphqlRequest(CitizenSaveApplicationDraftDocument, {
    input: { id: application.id, version: application.version, draftStep, answers: toAnswersInput(form) },
  });
  if (result.__typename === 'MutationSaveApplicationDraftSuccess') rememberDraft(result.data);
  return result;
}

export type SubmitOutcome =
  | { kind: 'submitted'; application: DraftApplication }
  | { kind: 'invalid'; issues: Issue[] }
  /** Too many applications in a short time (or refused otherwise): the message says why. */
  | Refusal;

export async function submitDraft(applicationId: string, submissionKey: string): Promise<SubmitOutcome> {
  const { submitApplication: result } = await graphqlRequest(CitizenSubmitApplicationDocument, { input: { id: applicationId, submissionKey } });
  if (result.__typename === 'MutationSubmitApplicationSuccess') return { kind: 'submitted', application: rememberDraft(result.data) };
  if (result.__typename === 'ValidationError') return { kind: 'invalid', issues: issuesOf(result) };
  return { kind: 'limited', message: result.message };
}
