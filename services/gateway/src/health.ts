import type pg from 'pg';

type Status = 'ok' | 'unavailable';

/**
 * Readiness: the gateway's own database decides (without it no session can be read); every
 * subgraph is named in the body so an operator sees which is down. A subgraph that is down does
 * not make the gateway unready: every replica would see the same, and taking them all out of the
 * balancer would stop the queries that do not need that subgraph too.
 */
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
  const ready = database === 'ok';
  const allUp = ready && checks.every(([, status]) => status === 'ok');
  return { ready, body: { status: allUp ? 'ok' : ready ? 'degraded' : 'unavailable', database, subgraphs } };
}
