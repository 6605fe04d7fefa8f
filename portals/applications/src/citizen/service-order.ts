import { ServiceType } from '../generated/graphql.ts';

export type { ServiceType };

/** How the services are shown: not a copy of the schema's enum, but the order a person reads them in. */
export type ServiceGroup = 'home' | 'housing';

/** Help at home first, then the forms of housing. */
export const serviceGroups: ReadonlyArray<{ group: ServiceGroup; types: readonly ServiceType[] }> = [
  {
    group: 'home',
    types: [
      ServiceType.HomeCarePersonal,
      ServiceType.HomeCareService,
      ServiceType.SafetyAlarm,
      ServiceType.MealDelivery,
      ServiceType.HousingSupport,
      ServiceType.Escort,
      ServiceType.DayActivity,
      ServiceType.CarerRelief,
      ServiceType.HomeCareAllowance,
    ],
  },
  { group: 'housing', types: [ServiceType.ShortTermStay, ServiceType.NursingHome, ServiceType.ServiceFlat] },
];

/** Every service in the order of the page (a service the groups forget is listed last). */
export const servicesInOrder: readonly ServiceType[] = [
  ...serviceGroups.flatMap((group) => group.types),
  ...Object.values(ServiceType).filter((type) => !serviceGroups.some((group) => group.types.includes(type))),
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
  return typeof value === 'string' && (Object.values(ServiceType) as string[]).includes(value);
}

export function serviceTypeFromSlug(slug: string): ServiceType | null {
  return servicesInOrder.find((type) => serviceSlugs[type] === slug) ?? null;
}

/** The chosen services in the order they are listed on the page, without duplicates. */
export function sortServices(types: readonly ServiceType[]): ServiceType[] {
  return servicesInOrder.filter((type) => types.includes(type));
}
