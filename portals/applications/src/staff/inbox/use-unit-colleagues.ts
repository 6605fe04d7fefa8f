import { graphqlRequest } from '@omsorg/ui';
import { shallowRef, type ShallowRef } from 'vue';
import { COLLEAGUES_QUERY } from '../operations.ts';
import type { StaffRef } from '../types.ts';

const unitColleagues = shallowRef<StaffRef[]>([]);
let requested = false;

/**
 * The caseworkers and managers of the signed-in staff member's unit, from identity; read once
 * per visit. Until it answers (or if it fails) the list is empty and the known names serve.
 */
export function useUnitColleagues(): ShallowRef<StaffRef[]> {
  if (!requested) {
    requested = true;
    graphqlRequest<{ colleagues: StaffRef[] }>(COLLEAGUES_QUERY).then(
      (result) => (unitColleagues.value = result.colleagues),
      () => (requested = false),
    );
  }
  return unitColleagues;
}
