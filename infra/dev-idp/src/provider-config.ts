import { interactionPolicy } from 'oidc-provider';
import type { ClientMetadata, Configuration, JWK, KoaContextWithOIDC } from 'oidc-provider';
import {
  COORDINATION_NUMBER_CLAIM,
  NATURAL_PERSON_NUMBER_SCOPE,
  PERSONAL_IDENTITY_NUMBER_CLAIM,
  audienceOfAccount,
} from './accounts.ts';
import type { AccountStore, Audience } from './accounts.ts';
import { renderErrorPage, renderLoggedOutPage, renderLogoutPage } from './interaction-pages.ts';

export type DevClient = {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  audience: Audience;
};

export type ProviderConfigOptions = {
  clients: DevClient[];
  accounts: AccountStore;
  signingKey: JWK;
  /** The Content-Security-Policy for every HTML page we render. */
  contentSecurityPolicy: string;
};

/** Dev only: signs the provider's cookies. Not a secret. */
const DEV_COOKIE_KEYS = ['omsorg-dev-idp-cookie-key-not-a-secret'];

export const SUPPORTED_SCOPES = ['openid', 'profile', NATURAL_PERSON_NUMBER_SCOPE] as const;

function originOf(uri: string): string | undefined {
  return URL.parse(uri)?.origin;
}

function renderHtml(ctx: KoaContextWithOIDC, html: string, csp: string): void {
  ctx.type = 'html';
  ctx.set('Content-Security-Policy', csp);
  ctx.set('Cache-Control', 'no-store');
  ctx.body = html;
}

/**
 * Someone logged in for one portal must log in again for the other one (a citizen session must
 * never become a staff login). The provider then logs out the first account before it resumes.
 */
function loginPolicy(audienceOfClient: (clientId: string) => Audience | undefined): interactionPolicy.DefaultPolicy {
  const policy = interactionPolicy.base();
  policy.get('login')?.checks.add(
    new interactionPolicy.Check('account_of_other_audience', 'the signed-in account belongs to the other portal', (ctx) => {
      const accountId = ctx.oidc.session?.accountId;
      const clientId = ctx.oidc.client?.clientId;
      if (!accountId || !clientId) return interactionPolicy.Check.NO_NEED_TO_PROMPT;
      return audienceOfAccount(accountId) === audienceOfClient(clientId)
        ? interactionPolicy.Check.NO_NEED_TO_PROMPT
        : interactionPolicy.Check.REQUEST_PROMPT;
    }),
  );
  return policy;
}

/**
 * Our clients are first-party: no consent screen. The grant for the session's account always
 * covers what the client asks for.
 */
async function loadOrCreateGrant(ctx: KoaContextWithOIDC) {
  const { oidc } = ctx;
  const client = oidc.client;
  const accountId = oidc.session?.accountId;
  if (!client || !accountId) return undefined;
  const grantId = (oidc.result?.consent?.grantId as string | undefined) ?? oidc.session?.grantIdFor(client.clientId);
  const existing = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
  const grant = existing?.accountId === accountId ? existing : new oidc.provider.Grant({ clientId: client.clientId, accountId });
  grant.addOIDCScope(oidc.requestParamScopes);
  grant.addOIDCClaims(oidc.requestParamClaims);
  await grant.save();
  return grant;
}

export function buildProviderConfiguration({ clients, accounts, signingKey, contentSecurityPolicy: csp }: ProviderConfigOptions): Configuration {
  const audienceOfClient = (clientId: string) => clients.find((c) => c.clientId === clientId)?.audience;
  const clientMetadata: ClientMetadata[] = clients.map((client) => ({
    client_id: client.clientId,
    client_secret: client.clientSecret,
    redirect_uris: client.redirectUris,
    post_logout_redirect_uris: client.postLogoutRedirectUris,
    grant_types: ['authorization_code'],
    response_types: ['code'],
    // The provider accepts client_secret_post too for a client registered like this.
    token_endpoint_auth_method: 'client_secret_basic',
    id_token_signed_response_alg: 'RS256',
  }));

  return {
    clients: clientMetadata,
    jwks: { keys: [signingKey] },
    cookies: { keys: DEV_COOKIE_KEYS },
    scopes: [...SUPPORTED_SCOPES],
    claims: {
      openid: ['sub'],
      profile: ['name', 'given_name', 'family_name', 'birthdate', 'preferred_username'],
      [NATURAL_PERSON_NUMBER_SCOPE]: [PERSONAL_IDENTITY_NUMBER_CLAIM, COORDINATION_NUMBER_CLAIM],
    },
    // Also put the scope's claims in the ID token, not only at the userinfo endpoint.
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
    pkce: { required: () => true },
    clientBasedCORS: (_ctx, origin, client) => client.redirectUris?.some((uri) => originOf(uri) === origin) ?? false,
    async findAccount(_ctx, sub) {
      const account = accounts.find(sub);
      if (!account) return undefined;
      return { accountId: account.accountId, claims: () => account.claims };
    },
    loadExistingGrant: loadOrCreateGrant,
    interactions: {
      policy: loginPolicy(audienceOfClient),
      url: (_ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => renderHtml(ctx, renderLogoutPage(form), csp),
        postLogoutSuccessSource: (ctx) => renderHtml(ctx, renderLoggedOutPage(), csp),
      },
    },
    renderError(ctx, out) {
      const details: Record<string, string> = {};
      for (const [key, value] of Object.entries(out)) if (typeof value === 'string') details[key] = value;
      renderHtml(ctx, renderErrorPage(details), csp);
    },
    // The library's default lifetimes, written out so it does not print a notice for each.
    ttl: {
      AccessToken: 60 * 60,
      AuthorizationCode: 60,
      IdToken: 60 * 60,
      Interaction: 60 * 60,
      Session: 14 * 24 * 60 * 60,
      Grant: 14 * 24 * 60 * 60,
    },
  };
}
