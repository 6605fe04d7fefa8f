import { describe, expect, it } from 'vitest';
import { problemFromErrors, toOutcome } from './mutation-outcome.ts';

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
  });

  it('shows an error type it does not know with its message, never as a success', () => {
    expect(toOutcome({ __typename: 'NewKindOfError', message: 'Går inte just nu' })).toEqual({ kind: 'validation', message: 'Går inte just nu', issues: [] });
  });
});

describe('problemFromErrors', () => {
  it('tells "not allowed" from "failed": a GraphQL error is never a form error', () => {
    expect(problemFromErrors([{ message: 'Nej', extensions: { code: 'FORBIDDEN' } }])).toBe('forbidden');
    expect(problemFromErrors([{ message: 'Fel', extensions: { code: 'BAD_USER_INPUT' } }])).toBe('failed');
    expect(problemFromErrors([{ message: 'Oväntat', extensions: { code: 'INTERNAL_SERVER_ERROR' } }])).toBe('failed');
    expect(problemFromErrors([])).toBe('failed');
  });
});
