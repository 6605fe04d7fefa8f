import { describe, expect, it } from 'vitest';
import { outcomeFromErrors, toOutcome } from './mutation-outcome.ts';

describe('toOutcome', () => {
  it('unwraps the data of a success', () => {
    expect(toOutcome({ __typename: 'MutationDecideSuccess', data: { id: 'd1' } })).toEqual({ kind: 'ok', data: { id: 'd1' } });
  });

  it('keeps the issues of a validation error', () => {
    const outcome = toOutcome({ __typename: 'ValidationError', message: 'Fel', issues: [{ field: 'hoursPerMonth', message: 'För många timmar' }] });
    expect(outcome).toEqual({ kind: 'validation', message: 'Fel', issues: [{ field: 'hoursPerMonth', message: 'För många timmar' }] });
  });

  it('tells a conflict, a delegation refusal and not found apart', () => {
    expect(toOutcome({ __typename: 'ConflictError', message: 'Ändrat', currentVersion: 4 })).toEqual({ kind: 'conflict', message: 'Ändrat', currentVersion: 4 });
    expect(toOutcome({ __typename: 'DelegationError', message: 'Beslutas av chef', requiredRole: 'MANAGER' })).toEqual({
      kind: 'delegation',
      message: 'Beslutas av chef',
      requiredRole: 'MANAGER',
    });
    expect(toOutcome({ __typename: 'NotFoundError', message: 'Finns inte' })).toEqual({ kind: 'notFound', message: 'Finns inte' });
    expect(toOutcome(null)).toEqual({ kind: 'notFound', message: '' });
  });

  it('shows a rate limit as a form error with the server’s message, never as a success', () => {
    const message = 'Du har skickat många förfrågningar på kort tid. Vänta 5 minuter och försök igen.';
    expect(toOutcome({ __typename: 'RateLimitError', message })).toEqual({ kind: 'validation', message, issues: [] });
    expect(outcomeFromErrors([{ message, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 300 } }])).toEqual({ kind: 'validation', message, issues: [] });
  });

  it('reads the codes of a plain mutation’s GraphQL errors', () => {
    expect(outcomeFromErrors([{ message: 'Ändrat', extensions: { code: 'CONFLICT', currentVersion: 5 } }])).toEqual({ kind: 'conflict', message: 'Ändrat', currentVersion: 5 });
    expect(outcomeFromErrors([{ message: 'Finns inte', extensions: { code: 'NOT_FOUND' } }])).toEqual({ kind: 'notFound', message: 'Finns inte' });
    expect(outcomeFromErrors([{ message: 'Fel', extensions: { code: 'BAD_USER_INPUT', issues: [{ field: 'receivedOn', message: 'Inte i framtiden' }, { bad: 1 }] } }])).toEqual({
      kind: 'validation',
      message: 'Fel',
      issues: [{ field: 'receivedOn', message: 'Inte i framtiden' }],
    });
    expect(outcomeFromErrors([{ message: 'Nej', extensions: { code: 'FORBIDDEN' } }])).toEqual({ kind: 'forbidden' });
    expect(outcomeFromErrors([{ message: 'Oväntat', extensions: { code: 'INTERNAL_SERVER_ERROR' } }])).toBeNull();
    expect(outcomeFromErrors([])).toBeNull();
  });

  it('treats a plain object type as a success', () => {
    expect(toOutcome({ __typename: 'CaseReviewItem', id: 'c1' } as never)).toEqual({ kind: 'ok', data: { __typename: 'CaseReviewItem', id: 'c1' } });
  });
});
