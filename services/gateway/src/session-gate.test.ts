import { describe, expect, it } from 'vitest';
import { sessionVerdict, touchIntervalMs } from './session-gate.ts';

const limits = { idleMinutes: 30, maxHours: 12 };
const signedInAt = Date.UTC(2026, 11, 5, 8, 0);
const minutes = (n: number) => n * 60_000;

describe('session lifetime', () => {
  it('keeps a session in use', () => {
    expect(sessionVerdict({ signedInAt, lastSeenAt: signedInAt + minutes(100) }, signedInAt + minutes(110), limits)).toBe('active');
  });

  it('ends a session idle longer than the idle timeout', () => {
    expect(sessionVerdict({ signedInAt, lastSeenAt: signedInAt }, signedInAt + minutes(31), limits)).toBe('idle');
  });

  it('ends a session at its absolute lifetime, however recently used', () => {
    const now = signedInAt + minutes(12 * 60 + 1);
    expect(sessionVerdict({ signedInAt, lastSeenAt: now - 1000 }, now, limits)).toBe('expired');
  });

  it('treats a session without sign-in time (made before this rule) as ended', () => {
    expect(sessionVerdict({ lastSeenAt: signedInAt }, signedInAt, limits)).toBe('expired');
  });

  it('records use at most once a minute', () => {
    expect(touchIntervalMs(limits)).toBe(60_000);
    expect(touchIntervalMs({ idleMinutes: 0.05, maxHours: 1 })).toBe(1_500);
  });
});
