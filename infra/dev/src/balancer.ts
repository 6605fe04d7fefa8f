import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { KEEP_ALIVE_TIMEOUT_MS, listenHost } from '@omsorg/platform';

/** Headers that concern one connection only (RFC 9110 §7.6.1), never forwarded. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'expect'];
/** Without a request body the method is safe to send again after any failure before an answer. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS']);

export type Balancer = {
  port: number;
  /** Requests answered by each replica, by port (tests check that both took work). */
  served: Map<number, number>;
  /** Failed attempts by kind: `ECONNREFUSED retried`, `ECONNRESET 502`, `answer cut` (no personal data, only codes). */
  failures: Map<string, number>;
  close: () => Promise<void>;
};

function withoutHopByHop(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const copy = { ...headers };
  for (const name of [...HOP_BY_HOP, ...String(headers.connection ?? '').split(',').map((token) => token.trim().toLowerCase())]) delete copy[name];
  return copy;
}

function badGateway(res: ServerResponse): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(502, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ errors: [{ message: 'The service is not reachable right now.', extensions: { code: 'BAD_GATEWAY' } }] }));
}

/**
 * A round-robin HTTP balancer on `port` (0: any free port) in front of replicas on loopback, as
 * an ingress or a Kubernetes Service does in production: `pnpm start --replicas 2` puts one on
 * each service's usual port. Headers pass unchanged (the replicas see what they would see
 * without it), one fresh connection per request.
 *
 * A replica that refuses the connection has been sent nothing, so the request goes on to the
 * next one, whatever its method. Any other failure before an answer is retried only for GET,
 * HEAD and OPTIONS: a POST that may have reached a replica is never sent twice; the client gets
 * 502, an error it can retry. A replica that fails while answering cuts the client's connection.
 */
export async function startBalancer(options: { port: number; replicas: number[]; host?: string }): Promise<Balancer> {
  const served = new Map(options.replicas.map((port) => [port, 0]));
  const failures = new Map<string, number>();
  const count = (kind: string) => failures.set(kind, (failures.get(kind) ?? 0) + 1);
  let next = 0;

  /** Sends the request to the replica `tried` places after the request's turn (`first`). */
  const forward = (req: IncomingMessage, res: ServerResponse, first: number, tried: number) => {
    if (tried === options.replicas.length) {
      count('no replica 502');
      return badGateway(res);
    }
    const port = options.replicas[(first + tried) % options.replicas.length]!;
    // A client that asks "100 Continue?" first (the gateway's uploads) gets the replica's own answer
    // to it: a body the replica refuses by its announced size is then never sent.
    const expectsContinue = /100-continue/i.test(String(req.headers.expect ?? ''));
    const headers = { ...withoutHopByHop(req.headers), connection: 'close', ...(expectsContinue ? { expect: '100-continue' } : {}) };
    const upstream = request({ host: '127.0.0.1', port, method: req.method, path: req.url, headers, agent: false });
    let connected = false;
    let answered = false;
    let clientGone = false;
    upstream.once('socket', (socket) =>
      socket.once('connect', () => {
        // Only now is the body read from the client: a refused connection leaves it unread for the next replica.
        connected = true;
        if (!expectsContinue) req.pipe(upstream);
      }),
    );
    upstream.once('continue', () => {
      res.writeContinue();
      req.pipe(upstream);
    });
    upstream.on('response', (answer) => {
      answered = true;
      served.set(port, (served.get(port) ?? 0) + 1);
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, withoutHopByHop(answer.headers));
      answer.pipe(res);
      answer.once('close', () => {
        if (answer.complete) return;
        count('answer cut');
        res.destroy();
      });
    });
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      // The client went away (a page left while its request ran) and we cut the replica's connection: no failure of the replica's.
      if (clientGone) return;
      // The replica answered and closed before taking the whole body: its answer still goes out whole
      // (a cut answer is caught above), and the rest of the body is not sent anywhere.
      if (answered) return req.unpipe(upstream);
      if (res.headersSent) return res.destroy();
      const nothingSent = !connected && error.code === 'ECONNREFUSED';
      const retry = nothingSent || IDEMPOTENT.has(req.method ?? '');
      count(`${error.code ?? error.name} ${retry ? 'retried' : '502'}`);
      if (retry) forward(req, res, first, tried + 1);
      else badGateway(res);
    });
    res.once('close', () => {
      if (res.writableFinished) return;
      clientGone = true;
      upstream.destroy();
    });
  };

  const server = createServer((req, res) => forward(req, res, next++, 0));
  // As the replicas behind it: a client (a portal's proxy, the gateway) that keeps connections
  // to it never sends on one it is closing at that moment, which would lose that request.
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  // Without this listener Node would answer "100 Continue" itself, before any replica was asked.
  server.on('checkContinue', (req, res) => forward(req, res, next++, 0));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? listenHost(), () => resolve());
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : options.port,
    served,
    failures,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
