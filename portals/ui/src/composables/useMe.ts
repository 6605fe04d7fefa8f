import { computed, shallowRef } from 'vue';
import type { Actor, Person, StaffMember } from '../graphql/actor.ts';
import { graphqlRequest } from '../graphql/graphql-request.ts';
import { MeDocument } from '../generated/graphql.ts';

export type MeStatus = 'idle' | 'loading' | 'ready' | 'error';

// Module state: @omsorg/ui is a federation singleton, so shells and remotes share one answer.
const me = shallowRef<Actor | null>(null);
const status = shallowRef<MeStatus>('idle');
const error = shallowRef<unknown>(null);
let inFlight: Promise<Actor | null> | null = null;

async function load(): Promise<Actor | null> {
  status.value = 'loading';
  try {
    const data = await graphqlRequest(MeDocument);
    me.value = data.me;
    error.value = null;
    status.value = 'ready';
  } catch (cause) {
    me.value = null;
    error.value = cause;
    status.value = 'error';
  } finally {
    inFlight = null;
  }
  return me.value;
}

/** Who is signed in: a Person, a StaffMember, or null. Loads once; refresh() loads again. */
export function useMe() {
  if (status.value === 'idle' && !inFlight) inFlight = load();

  function refresh(): Promise<Actor | null> {
    inFlight ??= load();
    return inFlight;
  }
  function whenLoaded(): Promise<Actor | null> {
    return inFlight ?? Promise.resolve(me.value);
  }

  return {
    me: computed(() => me.value),
    status: computed(() => status.value),
    error: computed(() => error.value),
    person: computed<Person | null>(() => (me.value?.__typename === 'Person' ? me.value : null)),
    staffMember: computed<StaffMember | null>(() => (me.value?.__typename === 'StaffMember' ? me.value : null)),
    isSignedIn: computed(() => me.value !== null),
    refresh,
    whenLoaded,
  };
}
