import { describe, expect, it } from 'vitest';
import { isPersonPending, onlyPersonPending } from './person-pending.ts';

const forbidden = (path: Array<string | number>) => ({ message: 'Du har inte behörighet till det här.', path, extensions: { code: 'FORBIDDEN' } });

describe('isPersonPending', () => {
  it('accepts a refused person inside a case or a callback request', () => {
    expect(isPersonPending(forbidden(['inbox', 'nodes', 3, 'application', 'applicant', 'fullName']))).toBe(true);
    expect(isPersonPending(forbidden(['application', 'applicant']))).toBe(true);
    expect(isPersonPending(forbidden(['callbackRequests', 'nodes', 0, 'person', 'age']))).toBe(true);
  });

  it('does not accept other refusals, other codes, or the root person query', () => {
    expect(isPersonPending(forbidden(['application', 'investigation']))).toBe(false);
    expect(isPersonPending(forbidden(['person', 'fullName']))).toBe(false);
    expect(isPersonPending({ ...forbidden(['application', 'applicant']), extensions: { code: 'INTERNAL_SERVER_ERROR' } })).toBe(false);
    expect(isPersonPending({ message: 'x' })).toBe(false);
  });

  it('onlyPersonPending needs at least one error, all of that kind', () => {
    expect(onlyPersonPending([])).toBe(false);
    expect(onlyPersonPending([forbidden(['application', 'applicant'])])).toBe(true);
    expect(onlyPersonPending([forbidden(['application', 'applicant']), forbidden(['inbox'])])).toBe(false);
  });
});
