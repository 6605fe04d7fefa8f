import { startDevIdp } from './idp.ts';

/** Starts the development OpenID Connect provider on its own: `node src/server.ts`. */
const port = Number(process.env.DEV_IDP_PORT ?? 4400);
const issuer = process.env.DEV_IDP_ISSUER ?? `http://localhost:${port}`;

const idp = await startDevIdp({
  port,
  issuer,
  clients: [
    {
      clientId: 'omsorg-citizen',
      clientSecret: 'dev-citizen-secret',
      redirectUris: ['http://localhost:8080/auth/callback'],
      postLogoutRedirectUris: ['http://localhost:8080/', 'http://localhost:8080'],
      audience: 'citizen',
    },
    {
      clientId: 'omsorg-staff',
      clientSecret: 'dev-staff-secret',
      redirectUris: ['http://localhost:8081/auth/callback'],
      postLogoutRedirectUris: ['http://localhost:8081/', 'http://localhost:8081'],
      audience: 'staff',
    },
  ],
});
console.info(`dev-idp: OpenID Connect provider at ${issuer} (discovery: ${issuer}/.well-known/openid-configuration)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    idp.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
