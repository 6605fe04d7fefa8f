import { readdir, readFile } from 'node:fs/promises';

/** Clock ticks per second of /proc's times (USER_HZ): 100 on Linux. */
const TICKS = 100;

async function stat(pid: string): Promise<{ ppid: number; seconds: number } | null> {
  const text = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (!text) return null;
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { ppid: Number(fields[1]), seconds: (Number(fields[11]) + Number(fields[12])) / TICKS };
}

/** CPU seconds used so far by one process (0 once it has ended). */
export async function processCpuSeconds(pid: number | undefined): Promise<number> {
  return pid ? ((await stat(String(pid)))?.seconds ?? 0) : 0;
}

/**
 * CPU seconds used so far by a PostgreSQL server (the postmaster and its backends) and by this
 * process. On a shared machine wall-clock latency mostly measures the other work; CPU time per
 * request is what the request costs, and about what it takes on an idle machine. Backends that
 * ended in between are not counted (the subgraph's pool keeps its connections).
 */
export async function cpuSeconds(postmasterPid: number): Promise<{ database: number; node: number }> {
  let database = 0;
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const process = await stat(pid);
    if (process && (Number(pid) === postmasterPid || process.ppid === postmasterPid)) database += process.seconds;
  }
  const own = globalThis.process.cpuUsage();
  return { database, node: (own.user + own.system) / 1e6 };
}
