import { DEVIATION_KINDS } from '@omsorg/rules/feedback';

export { DEVIATION_TEXT_MAX_LENGTH, PROVIDER_NAME_MAX_LENGTH } from '@omsorg/rules/feedback';

/*
 * The deviation register ("avvikelser"): what went wrong against the unit, a provider, the
 * region or transport. Applications raises IMPLEMENTATION_PLAN_MISSING through the queue
 * (DEVIATION_RAISED_QUEUE); staff register OTHER ones by hand.
 */

export const DEVIATION_REGISTER_KINDS = [...DEVIATION_KINDS, 'OTHER'] as const;
export type DeviationRegisterKind = (typeof DEVIATION_REGISTER_KINDS)[number];

export const DEVIATION_STATUSES = ['OPEN', 'CLOSED'] as const;
export type DeviationStatus = (typeof DEVIATION_STATUSES)[number];

