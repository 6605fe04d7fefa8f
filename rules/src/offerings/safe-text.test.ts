import { describe, expect, it } from 'vitest';
import { isSafeLinkTarget, splitLinks, unsafeLinks } from './safe-text.ts';

describe('link targets', () => {
  it('allows https: and a path in Omsorg', () => {
    for (const target of ['https://www.digg.se/', 'https://start.stockholm/aldreomsorg?x=1#a', '/synpunkter', '/information/boende', '/']) {
      expect(isSafeLinkTarget(target), target).toBe(true);
    }
  });

  it('refuses every other scheme, another host behind a path, and odd shapes', () => {
    for (const target of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'http://example.com',
      '//evil.example',
      '/\\evil.example',
      'https://',
      'https://good.example@evil.example',
      'https:/evil.example',
      'mailto:a@b.se',
      'synpunkter',
      '',
    ]) {
      expect(isSafeLinkTarget(target), target).toBe(false);
    }
  });
});

describe('splitLinks', () => {
  it('makes links of allowed targets and leaves the rest as typed', () => {
    expect(splitLinks('Läs [mer](/synpunkter) eller [här](javascript:alert(1)).')).toEqual([
      { kind: 'text', text: 'Läs ' },
      { kind: 'link', text: 'mer', href: '/synpunkter' },
      { kind: 'text', text: ' eller [här](javascript:alert(1)).' },
    ]);
  });

  it('takes the innermost brackets as the words of a link', () => {
    expect(splitLinks('[a [b](https://x.se)]')).toEqual([
      { kind: 'text', text: '[a ' },
      { kind: 'link', text: 'b', href: 'https://x.se' },
      { kind: 'text', text: ']' },
    ]);
  });
});

describe('unsafeLinks', () => {
  it('names the targets that may not be saved, also when they hold parentheses', () => {
    expect(unsafeLinks('[ok](https://digg.se) [bad](javascript:alert(1)) [also](//evil.se)')).toEqual(['javascript:alert(1', '//evil.se']);
    expect(unsafeLinks('Inga länkar här, bara <b>text</b>.')).toEqual([]);
  });
});
