import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export type ManagedProcess = {
  name: string;
  pid: number | undefined;
  /** SIGTERM (the service shuts down gracefully), SIGKILL after 5 s. */
  stop: () => Promise<void>;
  /** SIGKILL at once, as a crashed machine or an OOM kill ends it: nothing is answered or cleaned up. */
  kill: () => Promise<void>;
  exited: Promise<number | null>;
  /** The last lines it wrote (at most 40), to say why it stopped when it stops before it is ready. */
  recentOutput: () => string[];
};

const RECENT_LINES = 40;

/**
 * V8 sizes its heap by the machine's memory (up to ~4 GB old space) and, under load, lets the
 * young generation grow to 3 × 16–32 MB and the old one far before collecting: each busy service
 * then sat at 400–500 MB RSS while using a fraction of it, and stayed there. These bounds keep
 * every service under 300 MB under sustained load (tests/bench/RESULTS.md);
 * OMSORG_SERVICE_NODE_FLAGS replaces them (e.g. '' for V8's defaults).
 */
export function serviceNodeFlags(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.OMSORG_SERVICE_NODE_FLAGS ?? '--max-old-space-size=192 --max-semi-space-size=16').split(/\s+/).filter(Boolean);
}

/** Runs a Node entry point as its own process, its output prefixed with its name. */
export function startNodeProcess(name: string, entry: string, env: NodeJS.ProcessEnv): ManagedProcess {
  const child: ChildProcess = spawn(process.execPath, [...serviceNodeFlags(env), entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const recent: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      recent.push(line);
      if (recent.length > RECENT_LINES) recent.shift();
      process.stdout.write(`[${name}] ${line}\n`);
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    name,
    pid: child.pid,
    exited,
    recentOutput: () => [...recent],
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}

export type WaitOptions = {
  /** How long to wait (default 120 s: a loaded two-core machine starting ten services at once needs well over a minute). */
  timeoutMs?: number;
  /** The process that should answer: if it exits first, the wait fails at once with its exit code and last lines. */
  process?: ManagedProcess;
};

/** Polls a URL until it answers 200, or fails after `timeoutMs` or when `process` exits. */
export async function waitForHttp(url: string, options: WaitOptions = {}): Promise<void> {
  const { timeoutMs = 120_000, process: child } = options;
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer';
  let exitCode: number | null | undefined;
  void child?.exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (child && exitCode !== undefined) {
      throw new Error(`${child.name} exited (code ${exitCode}) before ${url} was ready; its last lines:\n${child.recentOutput().join('\n')}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
      lastError = `status ${response.status}`;
    } catch (error) {
      lastError = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const tail = child ? `; ${child.name}'s last lines:\n${child.recentOutput().join('\n')}` : '';
  throw new Error(`${url} did not become ready in ${timeoutMs / 1000} s: ${lastError}${tail}`);
}
