/** The care services a person can apply for, as the applications service names them. */
export const serviceTypes = [
  'HOME_CARE_PERSONAL',
  'HOME_CARE_SERVICE',
  'SAFETY_ALARM',
  'MEAL_DELIVERY',
  'HOUSING_SUPPORT',
  'ESCORT',
  'DAY_ACTIVITY',
  'CARER_RELIEF',
  'HOME_CARE_ALLOWANCE',
  'SHORT_TERM_STAY',
  'NURSING_HOME',
  'SERVICE_FLAT',
] as const;
export type ServiceType = (typeof serviceTypes)[number];

export type ServiceGroup = 'home' | 'housing';

/** The order a person reads them in: help at home first, then the forms of housing. */
export const serviceGroups: ReadonlyArray<{ group: ServiceGroup; types: readonly ServiceType[] }> = [
  {
    group: 'home',
    types: ['HOME_CARE_PERSONAL', 'HOME_CARE_SERVICE', 'SAFETY_ALARM', 'MEAL_DELIVERY', 'HOUSING_SUPPORT', 'ESCORT', 'DAY_ACTIVITY', 'CARER_RELIEF', 'HOME_CARE_ALLOWANCE'],
  },
  { group: 'housing', types: ['SHORT_TERM_STAY', 'NURSING_HOME', 'SERVICE_FLAT'] },
];

/** Readable, stable address parts: /ansokan/:id/behov/trygghetslarm. */
export const serviceSlugs: Record<ServiceType, string> = {
  HOME_CARE_PERSONAL: 'hemtjanst-omvardnad',
  HOME_CARE_SERVICE: 'hemtjanst-service',
  SAFETY_ALARM: 'trygghetslarm',
  MEAL_DELIVERY: 'matdistribution',
  HOUSING_SUPPORT: 'boendestod',
  ESCORT: 'ledsagning',
  DAY_ACTIVITY: 'dagverksamhet',
  CARER_RELIEF: 'avlosning',
  HOME_CARE_ALLOWANCE: 'hemvardsbidrag',
  SHORT_TERM_STAY: 'korttidsboende',
  NURSING_HOME: 'vard-och-omsorgsboende',
  SERVICE_FLAT: 'servicehus',
};

export function isServiceType(value: unknown): value is ServiceType {
  return typeof value === 'string' && (serviceTypes as readonly string[]).includes(value);
}

export function serviceTypeFromSlug(slug: string): ServiceType | null {
  return serviceTypes.find((type) => serviceSlugs[type] === slug) ?? null;
}

/** The chosen services in the order they are listed on the page, without duplicates. */
export function sortServices(types: readonly ServiceType[]): ServiceType[] {
  return serviceTypes.filter((type) => types.includes(type));
}
