import { describe, expect, it } from 'vitest';
import { listenHost } from './listen-host.ts';

describe('listenHost', () => {
  it('is the loopback address unless HOST says otherwise', () => {
    expect(listenHost({})).toBe('127.0.0.1');
    expect(listenHost({ HOST: '' })).toBe('127.0.0.1');
    expect(listenHost({ HOST: '0.0.0.0' })).toBe('0.0.0.0');
  });
});
