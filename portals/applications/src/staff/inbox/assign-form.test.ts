import { describe, expect, it } from 'vitest';
import { assignSchema, NOBODY, toAssigneeId } from './assign-form.ts';
import { completeCallbackSchema, toCompleteCallbackInput } from './complete-callback-form.ts';

const issues = (result: { error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) => result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('assigning the chosen rows', () => {
  it('needs a row chosen first, then someone to give them to', () => {
    expect(issues(assignSchema(() => 0).safeParse({ assignee: 's-1' }))).toEqual([['assignee', 'inbox.assign.noneSelected']]);
    expect(issues(assignSchema(() => 2).safeParse({ assignee: '' }))).toEqual([['assignee', 'inbox.assign.errors.assignee']]);
    expect(assignSchema(() => 2).safeParse({ assignee: NOBODY }).success).toBe(true);
  });

  it('gives the cases to a colleague, or to nobody', () => {
    expect(toAssigneeId('s-1')).toBe('s-1');
    expect(toAssigneeId(NOBODY)).toBeNull();
  });
});

describe('completing a callback', () => {
  it('needs how the call went and a note of at most the service’s length, trimmed', () => {
    expect(issues(completeCallbackSchema.safeParse({ outcome: 'REACHED', note: '  ' }))).toEqual([['note', 'callbacks.errors.note']]);
    expect(issues(completeCallbackSchema.safeParse({ outcome: 'REACHED', note: 'x'.repeat(5001) }))).toEqual([['note', 'validation.tooLong']]);
    expect(issues(completeCallbackSchema.safeParse({ outcome: '', note: 'Ringt.' }))).toEqual([['outcome', 'callbacks.errors.outcome']]);
    expect(toCompleteCallbackInput('cb-1', completeCallbackSchema.parse({ outcome: 'NOT_REACHED', note: ' Ringt. ' }))).toEqual({ id: 'cb-1', outcome: 'NOT_REACHED', note: 'Ringt.' });
  });
});
