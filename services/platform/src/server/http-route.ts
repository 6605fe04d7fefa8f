import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestContext } from '../graphql/context.ts';

/**
 * A plain HTTP endpoint of a subgraph, under `prefix` (e.g. `/attachments`), for what GraphQL
 * does not carry well (files). The subgraph server verifies the gateway's internal token before
 * calling `handle`; the handler reads (and limits) the body itself.
 */
export type HttpRoute = {
  prefix: string;
  handle: (req: IncomingMessage, res: ServerResponse, context: RequestContext) => Promise<void>;
};
