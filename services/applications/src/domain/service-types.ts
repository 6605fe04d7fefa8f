/**
 * The care services ("insatser") a person can apply for. Whether a type needs an individual
 * needs assessment is data about the type, since the 2025 Social Services Act lets some be
 * offered without one.
 */
export const SERVICE_TYPES = [
  'HOME_CARE_PERSONAL',
  'HOME_CARE_SERVICE',
  'SAFETY_ALARM',
  'DAY_ACTIVITY',
  'ESCORT',
  'CARER_RELIEF',
  'HOUSING_SUPPORT',
  'MEAL_DELIVERY',
  'HOME_CARE_ALLOWANCE',
  'SHORT_TERM_STAY',
  'NURSING_HOME',
  'SERVICE_FLAT',
] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** Orders service types as letters and the inbox list them (the order of SERVICE_TYPES). */
export const byServiceTypeOrder = (a: ServiceType, b: ServiceType): number => SERVICE_TYPES.indexOf(a) - SERVICE_TYPES.indexOf(b);
