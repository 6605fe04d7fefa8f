/**
 * Building a decision letter's text (applications' `buildDecisionLetterContent`: every line, the
 * notification day and the appeal deadline of each decided service over the Swedish calendar),
 * no PDF. Two figures:
 *
 * - first letter in a fresh process: each run a new Node process, which must also build the
 *   year's calendar (what the first letter after a deploy, or of a new year, costs);
 * - letters in a running service: letters of three decisions each, decided on days spread over
 *   2026-2030, one after another in one process.
 *
 * Writes its section of RESULTS.md with the machine's load. Target (issue 8): under 2 ms a letter.
 *
 *   pnpm --filter @omsorg/bench bench:letter      (BENCH_LETTERS, BENCH_PROCESSES change the counts)
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { isNonWorkingDay } from '../../rules/src/swedish-calendar.ts';
import { buildDecisionLetterContent, type DecisionLetterFacts } from '../../services/applications/src/letters/letter-content.ts';
import { letterTemplate } from '../../services/applications/src/letters/templates.ts';
import { percentile, writeResultsSection } from './results.ts';

const LETTERS = Number(process.env.BENCH_LETTERS ?? 20_000);
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 15);
const TARGET_MS = 2;
const template = letterTemplate('sv');

/** A letter of three decided services, decided `dayOffset` days after 2026-01-01. */
function facts(dayOffset: number): DecisionLetterFacts {
  const decidedAt = new Date(Date.UTC(2026, 0, 1 + dayOffset, 9, 30));
  const decision = { hoursPerMonth: null, validFrom: null, validTo: null, legalCitation: '4 kap. 1 § socialtjänstlagen (2025:400)', motivation: 'Behovet är utrett.', decidedAt, notifiedOn: null, decidedBy: { name: 'Hanna Lind', title: 'Biståndshandläggare' } };
  return {
    reference: 'ANS-2026-000123',
    unit: 'Beställarenheten äldre, Hägersten-Älvsjö',
    recipient: { name: 'Signe Andersson', addressLines: ['Hägerstensvägen 110', '126 49 Hägersten'] },
    copy: false,
    concerning: null,
    caseworker: { name: 'Hanna Lind', phone: '08-508 22 141' },
    pendingServices: ['MEAL_DELIVERY'],
    decisions: [
      { ...decision, serviceType: 'HOME_CARE_PERSONAL', outcome: 'GRANTED', hoursPerMonth: 40, validFrom: '2026-11-02' },
      { ...decision, serviceType: 'SAFETY_ALARM', outcome: 'PARTLY_GRANTED' },
      { ...decision, serviceType: 'DAY_ACTIVITY', outcome: 'DENIED' },
    ],
  };
}


const ms = (value: number) => `${value < 0.1 ? value.toFixed(3) : value.toFixed(2)} ms`;

if (process.argv.includes('--first')) {
  // A child: the first letter of a fresh process (modules loaded; calendar, JIT and ICU's date formats not yet warm).
  const started = performance.now();
  buildDecisionLetterContent(facts(200), template);
  process.stdout.write(String(performance.now() - started));
  process.exit(0);
}

const loadBefore = loadavg()[0]!;
const first: number[] = [];
for (let run = 0; run < PROCESSES; run++) {
  first.push(Number(execFileSync(process.execPath, [import.meta.filename, '--first'], { encoding: 'utf8' })));
}
first.sort((a, b) => a - b);

for (let i = 0; i < 1000; i++) buildDecisionLetterContent(facts(i % 60), template);
const times: number[] = [];
for (let i = 0; i < LETTERS; i++) {
  const letter = facts((i * 37) % 1826);
  const started = performance.now();
  buildDecisionLetterContent(letter, template);
  times.push(performance.now() - started);
}
// Each year's calendar is built once, on its first check: 100 years not yet built.
const years: number[] = [];
for (let year = 2031; year < 2131; year++) {
  const started = performance.now();
  isNonWorkingDay(`${year}-03-01`);
  years.push(performance.now() - started);
}
years.sort((a, b) => a - b);
const loadAfter = loadavg()[0]!;
times.sort((a, b) => a - b);
const mean = times.reduce((sum, value) => sum + value, 0) / times.length;
const p95 = percentile(times, 0.95);
const met = p95 < TARGET_MS;
const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';

const section = `## Decision letter text (applications)

Recorded ${new Date().toISOString()} by \`pnpm --filter @omsorg/bench bench:letter\` (tests/bench/letter.bench.ts).

- Machine: ${cpu}, ${cpus().length} cores visible, ${Math.round(totalmem() / 2 ** 30)} GiB RAM; Node ${process.version}. Shared with other work: 1-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after.
- What is timed: \`buildDecisionLetterContent\` (services/applications/src/letters/letter-content.ts) for a letter of three decided services and one pending, Swedish template: every line, each service's notification day and appeal deadline over the Swedish calendar. No PDF.

| | runs | p50 | p95 | p99 | mean | max |
|---|---|---|---|---|---|---|
| first letter in a fresh process (builds the year's calendar) | ${first.length} | ${ms(percentile(first, 0.5))} | ${ms(percentile(first, 0.95))} | ${ms(percentile(first, 0.99))} | ${ms(first.reduce((sum, value) => sum + value, 0) / first.length)} | ${ms(first.at(-1)!)} |
| letters in a running process, decided over 2026-2030 | ${times.length} | ${ms(percentile(times, 0.5))} | ${ms(p95)} | ${ms(percentile(times, 0.99))} | ${ms(mean)} | ${ms(times.at(-1)!)} |
| building one year's calendar (its first check), 2031-2130 | ${years.length} | ${ms(percentile(years, 0.5))} | ${ms(percentile(years, 0.95))} | ${ms(percentile(years, 0.99))} | ${ms(years.reduce((sum, value) => sum + value, 0) / years.length)} | ${ms(years.at(-1)!)} |

Target: under ${TARGET_MS} ms a letter in a running service (p95): ${met ? 'met' : 'NOT met'}. The first letter of a fresh process also pays for compiling the code and loading ICU's date formats; the maxima are the shared machine's pauses (garbage collection, other processes).

Before, with the calendar from date-holidays cached per year (the same bench, 8 processes and 5,000 letters, on this machine at load ~12): the first letter in a fresh process 1,765 ms p50 (building the year through date-holidays, ~0.7 ms a day, plus loading it), and in a running process p50 0.056 ms but mean 1.74 ms, p99 11 ms and max 1,760 ms: every year a letter first met cost that build again. The calendar is now computed from the law's rules (services/applications/src/domain/calendar.ts; the same non-working days as date-holidays for 2005-2100, compared day by day when it was replaced), and date-holidays is no longer a dependency.
`;

await writeResultsSection(section);
console.log(section);
