import type pg from 'pg';

type Status = 'ok' | 'unavailable';

/** Readiness: the gateway's database and every subgraph, each named so an operator sees which is down. */
export async function readiness(pool: pg.Pool, subgraphUrls: Record<string, string>, timeoutMs = 1500) {
  const database: Status = await pool.query('select 1').then(() => 'ok' as const, () => 'unavailable' as const);
  const checks = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, url]) => {
      const healthUrl = new URL('/health/ready', url);
      const status: Status = await fetch(healthUrl, { signal: AbortSignal.timeout(timeoutMs) }).then(
        (response) => (response.ok ? 'ok' : 'unavailable'),
        () => 'unavailable',
      );
      return [name, status] as const;
    }),
  );
  const subgraphs = Object.fromEntries(checks);
  const ready = database === 'ok' && checks.every(([, status]) => status === 'ok');
  return { ready, body: { status: ready ? 'ok' : 'degraded', database, subgraphs } };
}
