import { signInternalToken, type InternalTokenKey, type StaffRole } from '@omsorg/platform';
import type { SessionActor } from './actor-source.ts';

type ActorView = { kind: 'person' | 'staff'; id: string; displayName: string; actingFor: string[]; roles: string[]; unit: string | null };

/** Who signed in: all a session keeps. Rights are asked of identity on every request. */
export type SignedInUser = { kind: 'person' | 'staff'; id: string; displayName: string };

const FIELDS = '{ kind id displayName actingFor roles unit }';

function toActor(view: ActorView): SessionActor {
  return view.kind === 'person'
    ? { kind: 'person', personId: view.id, actingFor: view.actingFor }
    : { kind: 'staff', staffId: view.id, roles: view.roles as StaffRole[], unit: view.unit ?? '' };
}

/**
 * Asks the identity subgraph, as the gateway itself, who has signed in and what they may do
 * now. These fields are @inaccessible: not part of the public supergraph.
 */
export function createIdentityClient(identityUrl: string, key: InternalTokenKey, fetcher: (url: string, init: RequestInit & { headers: Record<string, string>; body: string }) => Promise<Response>) {
  async function call(query: string, variables: Record<string, string>): Promise<ActorView | null> {
    const token = await signInternalToken({ actor: { kind: 'system' }, locale: 'sv' }, key);
    const response = await fetcher(identityUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const result = (await response.json()) as { data?: Record<string, ActorView | null>; errors?: unknown[] };
    if (!response.ok || result.errors?.length || !result.data) throw new Error(`identity request failed with status ${response.status}`);
    return Object.values(result.data)[0] ?? null;
  }

  const signedIn = (view: ActorView | null): SignedInUser | null => (view ? { kind: view.kind, id: view.id, displayName: view.displayName } : null);

  return {
    signInCitizen: async (claims: { personalIdentityNumber: string; givenName: string; familyName: string }) =>
      signedIn(
        await call(`mutation($p: String!, $g: String!, $f: String!) { signInCitizen(personalIdentityNumber: $p, givenName: $g, familyName: $f) ${FIELDS} }`, {
          p: claims.personalIdentityNumber,
          g: claims.givenName,
          f: claims.familyName,
        }),
      ),
    signInStaff: async (username: string) => signedIn(await call(`mutation($u: String!) { signInStaff(username: $u) ${FIELDS} }`, { u: username })),
    /** The actor as identity sees it now; null when the user is gone or may do nothing. */
    currentActor: async (user: Pick<SignedInUser, 'kind' | 'id'>): Promise<SessionActor | null> => {
      const view = await call(`query($k: String!, $i: ID!) { currentActor(kind: $k, id: $i) ${FIELDS} }`, { k: user.kind, i: user.id });
      return view ? toActor(view) : null;
    },
  };
}

export type IdentityClient = ReturnType<typeof createIdentityClient>;
