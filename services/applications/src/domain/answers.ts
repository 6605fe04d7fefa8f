import type { ServiceType } from './service-types.ts';

/**
 * What the applicant answers, page by page. Kept as one document so a draft can be saved
 * after every page, whatever is filled in so far.
 */
export type ApplicationAnswers = {
  services: Array<{ serviceType: ServiceType; needs: string }>;
  situation: { livesAlone: boolean | null; helpFromRelatives: string; recentHospitalStay: boolean | null };
  contact: { method: 'PHONE' | 'EMAIL' | 'LETTER' | null; phone: string; email: string; bestTime: string };
  language: string;
  interpreterNeeded: boolean | null;
  consentToContactHealthCare: boolean | null;
};

export function emptyAnswers(): ApplicationAnswers {
  return {
    services: [],
    situation: { livesAlone: null, helpFromRelatives: '', recentHospitalStay: null },
    contact: { method: null, phone: '', email: '', bestTime: '' },
    language: 'sv',
    interpreterNeeded: null,
    consentToContactHealthCare: null,
  };
}
