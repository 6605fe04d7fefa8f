import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { freePort } from '@omsorg/platform';
import { citizenAccountId, PERSONAL_IDENTITY_NUMBER_CLAIM, startDevIdp } from './idp.ts';
import type { DevIdp } from './idp.ts';
import { createFakeBrowser } from './fake-browser.ts';
import type { FakeBrowser } from './fake-browser.ts';

const CITIZEN_CALLBACK = 'http://localhost:8080/auth/callback';
const STAFF_CALLBACK = 'http://localhost:8081/auth/callback';
const CITIZEN_SCOPE = 'openid profile https://id.oidc.se/scope/naturalPersonNumber';

let idp: DevIdp;
let issuer: string;

beforeAll(async () => {
  const port = await freePort();
  issuer = `http://localhost:${port}`;
  idp = await startDevIdp({
    port,
    issuer,
    clients: [
      {
        clientId: 'omsorg-citizen',
        clientSecret: 'dev-citizen-secret',
        redirectUris: [CITIZEN_CALLBACK],
        postLogoutRedirectUris: ['http://localhost:8080/'],
        audience: 'citizen',
      },
      {
        clientId: 'omsorg-staff',
        clientSecret: 'dev-staff-secret',
        redirectUris: [STAFF_CALLBACK],
        postLogoutRedirectUris: ['http://localhost:8081/'],
        audience: 'staff',
      },
    ],
  });
});

afterAll(async () => {
  await idp?.close();
});

/** The client side, as the gateway will do it with openid-client. */
async function startLogin(clientId: string, secret: string, redirectUri: string, scope: string, auth?: oidc.ClientAuth) {
  const config = await oidc.discovery(new URL(issuer), clientId, secret, auth, { execute: [oidc.allowInsecureRequests] });
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope,
    state,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return {
    config,
    url: url.toString(),
    finish: (callbackUrl: string) => oidc.authorizationCodeGrant(config, new URL(callbackUrl), { pkceCodeVerifier: codeVerifier, expectedState: state }),
  };
}

function formAction(html: string): string {
  const action = /<form method="post" action="([^"]+\/login)"/.exec(html)?.[1];
  if (!action) throw new Error('no login form on the page');
  return new URL(action, issuer).toString();
}

async function loginAsCitizen(browser: FakeBrowser, personalIdentityNumber: string) {
  const login = await startLogin('omsorg-citizen', 'dev-citizen-secret', CITIZEN_CALLBACK, CITIZEN_SCOPE);
  const page = await browser.navigate(login.url, CITIZEN_CALLBACK);
  expect(page.status).toBe(200);
  const done = await browser.navigate(formAction(page.body), CITIZEN_CALLBACK, { form: { personalIdentityNumber } });
  expect(done.location).toMatch(/^http:\/\/localhost:8080\/auth\/callback\?/);
  return { login, tokens: await login.finish(done.location!) };
}

describe('dev-idp', () => {
  it('publishes discovery with the issuer, S256 PKCE and the Swedish personnummer claim', async () => {
    const response = await fetch(`${issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const discovery = (await response.json()) as Record<string, unknown>;
    expect(discovery.issuer).toBe(issuer);
    expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
    expect(discovery.claims_supported).toContain(PERSONAL_IDENTITY_NUMBER_CLAIM);
    expect(discovery.scopes_supported).toContain('https://id.oidc.se/scope/naturalPersonNumber');
    expect(discovery.token_endpoint_auth_methods_supported).toEqual(['client_secret_basic', 'client_secret_post']);
  });

  it('refuses an authorization request without PKCE', async () => {
    const url = new URL(`${issuer}/auth`);
    url.search = new URLSearchParams({ client_id: 'omsorg-citizen', response_type: 'code', scope: 'openid', redirect_uri: CITIZEN_CALLBACK }).toString();
    const response = await fetch(url, { redirect: 'manual' });
    const location = new URL(response.headers.get('location') ?? '', issuer);
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('error_description')).toMatch(/PKCE/);
  });

  it('shows an accessible Swedish login page for citizens', async () => {
    const browser = createFakeBrowser();
    const login = await startLogin('omsorg-citizen', 'dev-citizen-secret', CITIZEN_CALLBACK, CITIZEN_SCOPE);
    const page = await browser.navigate(login.url, CITIZEN_CALLBACK);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html lang="sv">');
    expect(page.body).toContain('<h1>Logga in med e-legitimation (testläge)</h1>');
    expect(page.body).toContain('<label for="personnummer">Personnummer</label>');
    expect(page.body).toContain('12 siffror, till exempel 19420315-2386');
    expect(page.body).not.toContain('<script');
  });

  it('logs a citizen in with a valid personnummer and puts the number in the ID token', async () => {
    const { login, tokens } = await loginAsCitizen(createFakeBrowser(), '19420315-2386');
    const claims = tokens.claims();
    expect(claims).toMatchObject({
      iss: issuer,
      aud: 'omsorg-citizen',
      sub: citizenAccountId('194203152386'),
      name: 'Signe Andersson',
      given_name: 'Signe',
      family_name: 'Andersson',
      birthdate: '1942-03-15',
      [PERSONAL_IDENTITY_NUMBER_CLAIM]: '194203152386',
    });
    expect(claims?.sub).toMatch(/^citizen-[0-9a-f]{16}$/);
    const userInfo = await oidc.fetchUserInfo(login.config, tokens.access_token, claims!.sub);
    expect(userInfo[PERSONAL_IDENTITY_NUMBER_CLAIM]).toBe('194203152386');
  });

  it('names an unknown but valid personnummer Test Testsson', async () => {
    const { tokens } = await loginAsCitizen(createFakeBrowser(), '198112189876');
    expect(tokens.claims()).toMatchObject({ given_name: 'Test', family_name: 'Testsson', [PERSONAL_IDENTITY_NUMBER_CLAIM]: '198112189876' });
  });

  it('re-renders the page with status 400 and a Swedish message for an invalid personnummer', async () => {
    const browser = createFakeBrowser();
    const login = await startLogin('omsorg-citizen', 'dev-citizen-secret', CITIZEN_CALLBACK, CITIZEN_SCOPE);
    const page = await browser.navigate(login.url, CITIZEN_CALLBACK);

    const wrongChecksum = await browser.request(formAction(page.body), { form: { personalIdentityNumber: '19420315-2387' } });
    expect(wrongChecksum.status).toBe(400);
    expect(wrongChecksum.location).toBeNull();
    expect(wrongChecksum.body).toContain('role="alert"');
    expect(wrongChecksum.body).toContain('Det finns ett fel');
    expect(wrongChecksum.body).toContain('<a href="#personnummer">');
    expect(wrongChecksum.body).toContain('Personnumret är inte giltigt. Kontrollera siffrorna och försök igen.');
    expect(wrongChecksum.body).toContain('aria-invalid="true"');
    expect(wrongChecksum.body).toContain('aria-describedby="personnummer-hint personnummer-error"');
    expect(wrongChecksum.body).toContain('value="19420315-2387"');

    const wrongFormat = await browser.request(formAction(page.body), { form: { personalIdentityNumber: '1942<b>' } });
    expect(wrongFormat.status).toBe(400);
    expect(wrongFormat.body).toContain('Skriv personnumret med 12 siffror, till exempel 19420315-2386.');
    expect(wrongFormat.body).toContain('value="1942&lt;b&gt;"');

    // Still possible to log in on the same page afterwards.
    const done = await browser.navigate(formAction(page.body), CITIZEN_CALLBACK, { form: { personalIdentityNumber: '194203152386' } });
    expect(done.location).toMatch(/^http:\/\/localhost:8080\/auth\/callback\?code=/);
  });

  it('logs staff in by username with client_secret_basic', async () => {
    const browser = createFakeBrowser();
    const login = await startLogin('omsorg-staff', 'dev-staff-secret', STAFF_CALLBACK, 'openid profile', oidc.ClientSecretBasic('dev-staff-secret'));
    const page = await browser.navigate(login.url, STAFF_CALLBACK);
    expect(page.body).toContain('<h1>Logga in som medarbetare (testläge)</h1>');
    expect(page.body).toContain('<label for="anvandarnamn">Användarnamn</label>');

    const unknown = await browser.request(formAction(page.body), { form: { username: 'okand' } });
    expect(unknown.status).toBe(400);
    expect(unknown.location).toBeNull();
    expect(unknown.body).toContain('Det finns ingen medarbetare med det användarnamnet.');

    const done = await browser.navigate(formAction(page.body), STAFF_CALLBACK, { form: { username: 'handlaggare1' } });
    const tokens = await login.finish(done.location!);
    expect(tokens.claims()).toMatchObject({
      sub: 'staff-handlaggare1',
      preferred_username: 'handlaggare1',
      name: 'Hanna Lind',
      given_name: 'Hanna',
      family_name: 'Lind',
    });
  });

  it('asks for a new login when a citizen session meets the staff portal', async () => {
    const browser = createFakeBrowser();
    await loginAsCitizen(browser, '194203152386');

    // A second citizen login in the same browser needs no form (single sign-on) ...
    const again = await startLogin('omsorg-citizen', 'dev-citizen-secret', CITIZEN_CALLBACK, CITIZEN_SCOPE);
    const silent = await browser.navigate(again.url, CITIZEN_CALLBACK);
    expect(silent.location).toMatch(/^http:\/\/localhost:8080\/auth\/callback\?code=/);

    // ... but the staff portal never gets the citizen's session.
    const staff = await startLogin('omsorg-staff', 'dev-staff-secret', STAFF_CALLBACK, 'openid profile');
    const page = await browser.navigate(staff.url, STAFF_CALLBACK);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Logga in som medarbetare (testläge)');
    const done = await browser.navigate(formAction(page.body), STAFF_CALLBACK, { form: { username: 'chef1' } });
    const tokens = await staff.finish(done.location!);
    expect(tokens.claims()?.sub).toBe('staff-chef1');
  });

  it('answers access_denied when the person cancels', async () => {
    const browser = createFakeBrowser();
    const login = await startLogin('omsorg-citizen', 'dev-citizen-secret', CITIZEN_CALLBACK, CITIZEN_SCOPE);
    const page = await browser.navigate(login.url, CITIZEN_CALLBACK);
    const cancelled = await browser.navigate(formAction(page.body).replace(/\/login$/, '/abort'), CITIZEN_CALLBACK, { form: {} });
    expect(new URL(cancelled.location!).searchParams.get('error')).toBe('access_denied');
  });

  it('logs out after a Swedish confirmation and returns to the portal', async () => {
    const browser = createFakeBrowser();
    const { login, tokens } = await loginAsCitizen(browser, '194203152386');
    const endSession = oidc.buildEndSessionUrl(login.config, { id_token_hint: tokens.id_token!, post_logout_redirect_uri: 'http://localhost:8080/' });
    const confirm = await browser.navigate(endSession.toString(), 'http://localhost:8080/');
    expect(confirm.status).toBe(200);
    expect(confirm.body).toContain('<h1>Vill du logga ut?</h1>');
    const action = /<form id="op.logoutForm" method="post" action="([^"]+)"/.exec(confirm.body)?.[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(confirm.body)?.[1];
    expect(action).toBeDefined();
    const done = await browser.navigate(new URL(action!, issuer).toString(), 'http://localhost:8080/', { form: { xsrf: xsrf!, logout: 'yes' } });
    expect(done.location).toBe('http://localhost:8080/');

    // The session is gone: the next login shows the form again.
    const next = await startLogin('omsorg-citizen', 'dev-citizen-secret', CITIZEN_CALLBACK, CITIZEN_SCOPE);
    const page = await browser.navigate(next.url, CITIZEN_CALLBACK);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Logga in med e-legitimation (testläge)');
  });
});
