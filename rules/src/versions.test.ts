import { describe, expect, it } from 'vitest';
import { newestByVersion } from './versions.ts';

describe('newestByVersion', () => {
  it('keeps each key’s newest item, and of equal versions the later one', () => {
    const items = [
      { id: 'a', version: '2026-12-02T10:00:00Z', value: 1 },
      { id: 'b', version: '2026-12-01T10:00:00Z', value: 2 },
      { id: 'a', version: '2026-12-01T10:00:00Z', value: 3 },
      { id: 'b', version: '2026-12-01T10:00:00Z', value: 4 },
    ];
    expect(newestByVersion(items, (item) => item.id).map((item) => item.value)).toEqual([1, 4]);
  });
});
