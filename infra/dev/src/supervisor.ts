/**
 * How `pnpm start` stops: on Ctrl-C, SIGTERM (a process manager, `docker stop`), SIGHUP (the
 * terminal closed) and when whatever started it dies (pnpm killed with SIGKILL).
 *
 * A launcher runs the stack in its own process group (so the terminal's Ctrl-C does not reach
 * PostgreSQL at the same moment as the services still using it) and forwards every stop
 * signal to it. The launcher watches its parent; the stack watches the launcher through an
 * IPC channel, which closes when the launcher dies however it dies. The stack then stops in
 * order, PostgreSQL last. Should the stack itself be killed outright, the launcher asks what
 * is left in its process group (services, PostgreSQL) to stop.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const PARENT_POLL_MS = 500;
/** A stack that has not stopped in this time is killed, its whole process group with it. */
const STOP_DEADLINE_MS = 60_000;

/** Writing to a closed terminal or pipe must not crash a process that is stopping. */
function ignoreBrokenOutput(): void {
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
}

type ProcessInfo = { ppid: number; argv: string[] };

/** Parent and command line of a process, from /proc (Linux); undefined when unknown or gone. */
function processInfo(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return { ppid, argv };
  } catch {
    return undefined;
  }
}

/** `sh -c "…"`: the wrapper a package manager runs a script in; it outlives a killed pnpm. */
function isScriptShell(info: ProcessInfo): boolean {
  return ['sh', 'bash', 'dash', 'zsh'].includes(basename(info.argv[0] ?? '')) && info.argv[1] === '-c';
}

/**
 * Calls `onGone` once our parent dies, or, when the parent is a script shell (`pnpm start`
 * runs `sh -c "… && node start.ts"`), once that shell's parent (pnpm) dies. A dead process's
 * children are handed to another parent at once, so a changed parent id is the sign.
 */
export function watchParent(onGone: () => void): void {
  const chain: Array<{ pid: number; ppid: number }> = [{ pid: process.pid, ppid: process.ppid }];
  for (let info = processInfo(process.ppid), pid = process.ppid; info && isScriptShell(info); pid = info.ppid, info = processInfo(pid)) {
    chain.push({ pid, ppid: info.ppid });
  }
  const timer = setInterval(() => {
    const broken = chain.some(({ pid, ppid }) => (pid === process.pid ? process.ppid : processInfo(pid)?.ppid) !== ppid);
    if (broken) {
      clearInterval(timer);
      onGone();
    }
  }, PARENT_POLL_MS);
  timer.unref();
}

/**
 * The launcher: runs `entry` in its own process group with `env`, forwards SIGINT, SIGTERM
 * and SIGHUP to it as SIGTERM, asks it to stop when our parent dies, and exits as it exits.
 */
export function superviseStack(entry: string, env: NodeJS.ProcessEnv): void {
  ignoreBrokenOutput();
  const stack = spawn(process.execPath, [entry], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], detached: true, env });
  let deadline: NodeJS.Timeout | undefined;
  const stop = () => {
    if (stack.exitCode !== null || stack.signalCode !== null) return;
    stack.kill('SIGTERM');
    deadline ??= setTimeout(() => {
      console.error('The stack did not stop in time; killing it.');
      if (stack.pid) process.kill(-stack.pid, 'SIGKILL');
    }, STOP_DEADLINE_MS);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, stop);
  watchParent(stop);
  stack.on('exit', (code, signal) => {
    clearTimeout(deadline);
    // A stack killed outright (SIGKILL, out of memory) leaves its services and PostgreSQL in its
    // process group: ask them to stop too. After an orderly stop the group is empty.
    try {
      if (signal && stack.pid) process.kill(-stack.pid, 'SIGTERM');
    } catch {
      // nobody left
    }
    process.exit(code ?? (signal ? 1 : 0));
  });
}

/**
 * The stack's side: `stop` runs once, on a stop signal, when the launcher's IPC channel
 * closes (the launcher died), or when the parent dies if there is no launcher; then exits.
 * Set it up before starting anything, so a signal during start-up also stops what started.
 */
export function stopOnSignalOrOrphan(stop: () => Promise<void>, onStopping: () => void = () => {}): void {
  ignoreBrokenOutput();
  let stopping = false;
  const stopOnce = () => {
    if (stopping) return;
    stopping = true;
    onStopping();
    stop()
      .catch((error: unknown) => console.error(error))
      .finally(() => process.exit(0));
  };
  for (const signal of STOP_SIGNALS) process.on(signal, stopOnce);
  if (process.channel) {
    process.on('disconnect', stopOnce);
    process.channel.unref(); // the channel alone must not keep the stack running
  } else {
    watchParent(stopOnce);
  }
}
