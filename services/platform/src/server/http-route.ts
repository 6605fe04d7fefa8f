import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestContext } from '../graphql/context.ts';

/**
 * A plain HTTP endpoint of a subgraph, under `prefix` (e.g. `/attachments`), for what GraphQL
 * does not carry well (files). The subgraph server verifies the gateway's internal token before
 * calling `handle`; the handler reads (and limits) the body itself.
 */
export type HttpRoute = {
  prefix: string;
  /**
   * The largest body the route takes. A request that announces more (Content-Length) and asks
   * `Expect: 100-continue` (the gateway does) is answered by the route without a 100 Continue,
   * so its body is never sent and the answer always arrives.
   */
  maxBodyBytes?: () => number;
  handle: (req: IncomingMessage, res: ServerResponse, context: RequestContext) => Promise<void>;
};
