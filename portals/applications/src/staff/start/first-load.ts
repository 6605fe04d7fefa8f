/**
 * A start-page part waits for its first numbers before the shell shows the page's parts and menu
 * together (the shell's Suspense), so nothing moves when they arrive; never longer than `ms`, so
 * one slow count does not hold back the page (the part then shows its own loading line).
 */
export function firstLoad(load: Promise<void>, ms = 3000): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([load, waited]).finally(() => clearTimeout(timer));
}
