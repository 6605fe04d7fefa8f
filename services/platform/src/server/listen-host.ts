/**
 * The address every server of ours listens on: 127.0.0.1 unless HOST says otherwise (e.g.
 * HOST=0.0.0.0 in a container behind a load balancer), so a development machine does not
 * offer test identities and a mail catcher to its whole network.
 */
export function listenHost(env: NodeJS.ProcessEnv = process.env): string {
  return env.HOST?.trim() || '127.0.0.1';
}
