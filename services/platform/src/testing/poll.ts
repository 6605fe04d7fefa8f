/**
 * Reads until the value is what the test waits for, or fails at the deadline: the way tests wait
 * for something asynchronous (a job, a mail) without sleeping a fixed time.
 */
export async function pollUntil<T>(read: () => T | Promise<T>, done: (value: T) => boolean, deadlineMs = 15_000, what = 'the condition'): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what} was not met within ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
