import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const RESULTS = join(import.meta.dirname, 'RESULTS.md');

/**
 * Writes one benchmark's section (starting with its "## " heading) into RESULTS.md, replacing
 * that section's previous run and keeping the other benchmarks' sections.
 */
export async function writeResultsSection(section: string): Promise<void> {
  const heading = section.split('\n', 1)[0]!;
  const existing = await readFile(RESULTS, 'utf8').catch(() => '# Benchmarks\n');
  const parts = existing.split(/\n(?=## )/);
  const index = parts.findIndex((part) => part.split('\n', 1)[0] === heading);
  const body = section.trimEnd() + '\n';
  if (index === -1) parts.push(body);
  else parts[index] = body;
  await writeFile(RESULTS, parts.map((part) => part.trimEnd()).join('\n\n') + '\n');
}

/** The value at `share` (0.95 for p95) of ascending `sorted` timings: the nearest-rank percentile. */
export function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}
