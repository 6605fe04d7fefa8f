import { describe, expect, it, vi } from 'vitest';
import { createActorSource, type SessionActor } from './actor-source.ts';

const erik = { kind: 'person' as const, id: '5d0a7f8e-7a43-4a53-9f43-7f1f4c1b2a10', displayName: 'Erik Andersson' };
const withSigne: SessionActor = { kind: 'person', personId: erik.id, actingFor: ['b3c1c0de-0000-4000-8000-000000000001'] };

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('actor source', () => {
  it('asks identity once per user within the cache time, and again after it', async () => {
    const time = clock();
    const currentActor = vi.fn(async () => withSigne);
    const actors = createActorSource({ currentActor }, 60, time.now);
    await actors(erik);
    time.advance(59_000);
    await actors(erik);
    expect(currentActor).toHaveBeenCalledTimes(1);
    time.advance(2_000);
    await actors(erik);
    expect(currentActor).toHaveBeenCalledTimes(2);
  });

  it('does not remember a failed look-up', async () => {
    const currentActor = vi.fn().mockRejectedValueOnce(new Error('identity down')).mockResolvedValue(withSigne);
    const actors = createActorSource({ currentActor }, 60, clock().now);
    await expect(actors(erik)).rejects.toThrow('identity down');
    await expect(actors(erik)).resolves.toEqual(withSigne);
  });

  it('remembers that a user is gone only as long as anything else', async () => {
    const time = clock();
    const currentActor = vi.fn().mockResolvedValueOnce(null).mockResolvedValue(withSigne);
    const actors = createActorSource({ currentActor }, 1, time.now);
    expect(await actors(erik)).toBeNull();
    time.advance(1_001);
    expect(await actors(erik)).toEqual(withSigne);
  });
});
