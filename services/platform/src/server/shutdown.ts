import type { Logger } from '../logging/logger.ts';

/** Runs the closers once, in order, on SIGINT or SIGTERM, then exits. */
export function onShutdown(log: Logger, closers: Array<() => Promise<unknown>>): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    // Never hang on the way out: whatever is still open after 10 seconds is abandoned.
    setTimeout(() => process.exit(1), 10_000).unref();
    for (const close of closers) {
      try {
        await close();
      } catch (error) {
        log.error({ err: error }, 'shutdown step failed');
      }
    }
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}
