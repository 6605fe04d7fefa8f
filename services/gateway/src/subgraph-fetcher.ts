import { Agent, request } from 'undici';

/**
 * Subgraph requests over a keep-alive connection pool. Measured here, the fetch layer and not
 * the query planner dominated the gateway's cost: this nearly doubles throughput over the
 * default fetcher (shared/STACK.md, "Gateway performance").
 */
export function createSubgraphFetcher(agent = new Agent({ keepAliveTimeout: 60_000, connections: 64, pipelining: 1 })) {
  const fetcher = async (url: string, init?: { method?: string; headers?: Record<string, string>; body?: string }): Promise<Response> => {
    const response = await request(url, {
      method: (init?.method ?? 'POST') as 'POST',
      headers: init?.headers,
      body: init?.body,
      dispatcher: agent,
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    return new Response(await response.body.text(), { status: response.statusCode, headers });
  };
  return { fetcher, close: () => agent.close() };
}
