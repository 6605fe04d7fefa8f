import { signInternalToken, type InternalTokenKey } from '@omsorg/platform';
import type { SessionUser } from './request-identity.ts';

type SignedInActor = { kind: 'person' | 'staff'; id: string; displayName: string; actingFor: string[]; roles: string[]; unit: string | null };

/**
 * Asks the identity subgraph, as the gateway itself, who has just signed in. These
 * mutations are @inaccessible: not part of the public supergraph.
 */
export function createIdentityClient(identityUrl: string, key: InternalTokenKey, fetcher: (url: string, init: RequestInit & { headers: Record<string, string>; body: string }) => Promise<Response>) {
  async function call(query: string, variables: Record<string, string>): Promise<SignedInActor | null> {
    const token = await signInternalToken({ actor: { kind: 'system' }, locale: 'sv' }, key);
    const response = await fetcher(identityUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const result = (await response.json()) as { data?: Record<string, SignedInActor | null>; errors?: unknown[] };
    if (!response.ok || result.errors?.length || !result.data) throw new Error(`identity sign-in failed with status ${response.status}`);
    return Object.values(result.data)[0] ?? null;
  }

  const toSessionUser = (signedIn: SignedInActor | null): SessionUser | null => {
    if (!signedIn) return null;
    if (signedIn.kind === 'person') {
      return { displayName: signedIn.displayName, actor: { kind: 'person', personId: signedIn.id, actingFor: signedIn.actingFor } };
    }
    return {
      displayName: signedIn.displayName,
      actor: { kind: 'staff', staffId: signedIn.id, roles: signedIn.roles as never, unit: signedIn.unit ?? '' },
    };
  };

  return {
    signInCitizen: async (claims: { personalIdentityNumber: string; givenName: string; familyName: string }) =>
      toSessionUser(
        await call(
          'mutation($p: String!, $g: String!, $f: String!) { signInCitizen(personalIdentityNumber: $p, givenName: $g, familyName: $f) { kind id displayName actingFor roles unit } }',
          { p: claims.personalIdentityNumber, g: claims.givenName, f: claims.familyName },
        ),
      ),
    signInStaff: async (username: string) =>
      toSessionUser(await call('mutation($u: String!) { signInStaff(username: $u) { kind id displayName actingFor roles unit } }', { u: username })),
  };
}

export type IdentityClient = ReturnType<typeof createIdentityClient>;
