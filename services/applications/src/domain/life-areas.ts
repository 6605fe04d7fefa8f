/** The life areas of the needs assessment (the city's instrument; nationally IBIC). */
export const LIFE_AREAS = ['PERSONAL_CARE', 'HOUSEHOLD', 'MOBILITY', 'SOCIAL_LIFE', 'HEALTH', 'NUTRITION', 'SAFETY'] as const;
export type LifeArea = (typeof LIFE_AREAS)[number];

export type LifeAreaAssessment = { needs: string; wishes: string; resources: string };
export type LifeAreaAssessments = Partial<Record<LifeArea, LifeAreaAssessment>>;
