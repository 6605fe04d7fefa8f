/**
 * How long every server of ours keeps an idle connection open: longer than any client in front of
 * it keeps one idle (Node's agent 5 s, undici the server's own hint less 2 s, an ingress or cloud
 * load balancer 60 s). The client then always closes first. A server closing first races the
 * client's next request on that connection, which is then reset and lost.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/**
 * How long a client of ours (the portals' proxy to the gateway) keeps an idle connection for its
 * next request: under KEEP_ALIVE_TIMEOUT_MS, and under Node's default server's 5 s too.
 */
export const CLIENT_IDLE_TIMEOUT_MS = 4_000;
