import { arch, cpus, platform, release, totalmem } from 'node:os';
import { writeResultsSection } from '../../bench/results.ts';

/** What tests/integration/replicas.test.ts measured, for its section of tests/bench/RESULTS.md. */
export type ReplicaFigures = {
  startSeconds: number;
  /** RATE_LIMIT_FEEDBACK's count per hour in the test. */
  feedbackLimit: number;
  registrations: { attempts: number; places: number; registered: number; doubleBookings: number };
  mails: { jobs: number; delivered: number; recipients: number };
  load: {
    submissions: number;
    acknowledged: number;
    lost: number;
    duplicates: number;
    failedButSaved: number;
    afterStop: number;
    failuresAfterStop: number;
    errors: Record<string, number>;
  };
  stopSeconds: number;
  /** Applications sent while one applications replica is killed (SIGKILL), then what failed sent again. */
  kill: {
    clients: number;
    submissions: number;
    acknowledged: number;
    halfSaved: number;
    failedButSaved: number;
    afterKill: number;
    failuresAfterKill: number;
    errors: Record<string, number>;
    retriedOk: number;
    /** What the applications balancer saw over the whole run (the kill and the later stop). */
    balancerFailures: Record<string, number>;
  };
  /** What the balancers saw: `feedback: ECONNREFUSED retried` → count. */
  balancerFailures: Record<string, number>;
  jobsRun: { sweepRuns: number; minutesWatched: number; forwarded: number };
  load1: number;
  /** Resident memory of the service processes after the race and the mails, in MB. */
  memoryMb?: { processes: number; max: number; total: number };
};

/** Writes the figures of one run (`RECORD_RESULTS=1`, see `pnpm --filter @omsorg/bench bench:replicas`). */
export async function recordReplicaFigures(figures: ReplicaFigures): Promise<void> {
  const cpu = cpus();
  const { registrations, mails, load, jobsRun, kill } = figures;
  const list = (counts: Record<string, number>, none: string) => Object.entries(counts).map(([kind, count]) => `${count} × ${kind}`).join(', ') || none;
  const errors = list(load.errors, 'none');
  await writeResultsSection(
    [
      '## Replicas: two of every subgraph and two gateways on one PostgreSQL',
      '',
      `Recorded ${new Date().toISOString()} by \`pnpm --filter @omsorg/bench bench:replicas\` (tests/integration/replicas.test.ts, which also runs in \`pnpm test\` without recording).`,
      '',
      `- Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores visible, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ${platform()} ${release()} ${arch()}; Node ${process.version}; load average ${figures.load1.toFixed(1)} at the end (a shared machine).`,
      `- The stack as \`pnpm start --replicas 2\` runs it (without the portals): 10 subgraph processes, 2 gateways, a round-robin balancer per service (infra/dev/src/balancer.ts), one embedded PostgreSQL. Started in ${figures.startSeconds.toFixed(0)} s.`,
      ...(figures.memoryMb
        ? [`- Memory after the race and the mails: ${figures.memoryMb.processes} service processes, ${figures.memoryMb.total.toFixed(0)} MB resident in all, the largest ${figures.memoryMb.max.toFixed(0)} MB (PostgreSQL not counted).`]
        : []),
      '',
      '| check | result |',
      '|---|---|',
      '| sign-in begun on gateway 1, callback on gateway 2; the session used on both | works |',
      `| feedback limit of one address (${figures.feedbackLimit} an hour), alternating gateways | ${figures.feedbackLimit} accepted across both, then refused on both: the same count as with one of each |`,
      `| ${registrations.attempts} registrations at once on ${registrations.places} places, through both gateways | ${registrations.registered} registered, double bookings: ${registrations.doubleBookings} |`,
      `| cancellation mails (one job per person, two workers per queue) | ${mails.jobs} jobs, ${mails.delivered} mails delivered to ${mails.recipients} recipients: each exactly once |`,
      `| every-minute sweep with every replica's pg-boss keeping the schedule | ${jobsRun.sweepRuns} run(s) while ${jobsRun.minutesWatched} minute boundary(ies) passed, ${jobsRun.forwarded} occurrence(s) forwarded: each run once, no retry |`,
      `| ${kill.submissions} applications sent (${kill.clients} clients at a time, each writing the application, 2 requested services, its event and its confirmation mail job in one transaction) while one applications replica is killed (SIGKILL) | ${kill.acknowledged} acknowledged, each stored whole; half-saved: ${kill.halfSaved} |`,
      `| errors during the kill | ${list(kill.errors, 'none')}; of these saved whole though the answer was lost: ${kill.failedButSaved}; sent again with the same submission key: ${kill.retriedOk} of ${kill.submissions - kill.acknowledged} succeeded, each application then stored exactly once; the applications balancer saw ${list(kill.balancerFailures, 'nothing')} |`,
      `| applications after the kill | ${kill.afterKill}, failed: ${kill.failuresAfterKill} |`,
      `| ${load.submissions} feedback submissions (3 clients at a time) while one replica of each service stops (took ${figures.stopSeconds.toFixed(1)} s) | ${load.acknowledged} acknowledged, lost: ${load.lost}, duplicates: ${load.duplicates} |`,
      `| errors during the stop (a client retries them) | ${errors}; of these saved though the answer was lost: ${load.failedButSaved} |`,
      `| submissions after the stop | ${load.afterStop}, failed: ${load.failuresAfterStop} |`,
      `| what the balancers saw | ${Object.entries(figures.balancerFailures).map(([kind, count]) => `${count} × ${kind}`).join(', ') || 'nothing'} |`,
      '',
      'A refused connection (the stopped replica) is sent on to the other replica by the balancer, whatever the method; anything else failing before an answer is a 502 for a POST, never sent twice. Before the gateway answered its requests in flight on SIGTERM (it cut every connection at once), one run saw `1 × gateway: ECONNRESET 502` here: a submission saved whose answer was lost, which a client retrying would have sent twice. A connection a stopping replica had accepted but not yet read is reset (`ECONNRESET 502`): that request was never processed, and the client gets an error it retries (the gateway reports the 502 of a subgraph as `INTERNAL_SERVER_ERROR`). The applications replica is killed (SIGKILL) before the stop (which then finds it gone), so the applications entries among what the balancers saw come from the kill: a request in flight on the killed replica is cut (`ECONNRESET 502`); whether it was committed first decides whether it is saved, and the retry with the same submission key finds it sent or sends it. The sweep is watched for about a minute only (the first occurrence of an every-minute schedule), so its figure is one or two runs.',
      '',
    ].join('\n'),
  );
}
