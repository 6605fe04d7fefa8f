import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The README and the documents it links to live in the repository, and their links resolve. */
const ROOT = resolve(import.meta.dirname, '../..');
const DOCUMENTS = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

function relativeTargets(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
  const paths = [...text.matchAll(/`(\.\.\/[^`\s]+)`/g)].map((match) => match[1]!);
  return [...links, ...paths].filter((target) => !/^[a-z]+:/.test(target) && !target.startsWith('#')).map((target) => target.split('#')[0]!);
}

describe('documentation links', () => {
  it.each(DOCUMENTS)('%s links only to files inside the repository that exist', (file) => {
    for (const target of relativeTargets(file)) {
      const path = resolve(ROOT, dirname(file), target);
      expect(relative(ROOT, path).startsWith('..'), `${file} → ${target} leaves the repository`).toBe(false);
      expect(existsSync(path), `${file} → ${target} does not exist`).toBe(true);
    }
  });

  it('the README links to the architecture, domain and stack documents in docs/', () => {
    expect(relativeTargets('README.md')).toEqual(expect.arrayContaining(['docs/ARCHITECTURE.md', 'docs/DOMAIN.md', 'docs/STACK.md']));
  });
});
