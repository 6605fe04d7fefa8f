import { graphqlRequest } from '@omsorg/ui';
import { shallowRef, type ShallowRef } from 'vue';
import { StaffColleaguesDocument } from '../../generated/graphql.ts';
import type { Colleague } from './colleagues.ts';

const unitColleagues = shallowRef<Colleague[]>([]);
let requested = false;

/**
 * The caseworkers and managers of the signed-in staff member's unit, from identity; read once
 * per visit. Until it answers (or if it fails) the list is empty and the known names serve.
 */
export function useUnitColleagues(): ShallowRef<Colleague[]> {
  if (!requested) {
    requested = true;
    graphqlRequest(StaffColleaguesDocument).then(
      (result) => (unitColleagues.value = result.colleagues),
      () => (requested = false),
    );
  }
  return unitColleagues;
}
