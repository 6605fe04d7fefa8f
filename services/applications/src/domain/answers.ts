import type { CONTACT_WHOM } from '@omsorg/rules/applications';
import type { ServiceType } from './service-types.ts';

export type ContactWhom = (typeof CONTACT_WHOM)[number];

/**
 * What the applicant answers, page by page. Kept as one document so a draft can be saved
 * after every page, whatever is filled in so far.
 */
export type ApplicationAnswers = {
  services: Array<{ serviceType: ServiceType; needs: string }>;
  situation: { livesAlone: boolean | null; helpFromRelatives: string; recentHospitalStay: boolean | null };
  /**
   * How to reach whom: `whom` says whose phone, e-mail and best time these are, the person the
   * application is for (APPLICANT) or the representative who sent it (REPRESENTATIVE). Null
   * until answered; always APPLICANT when a person applies for themself.
   */
  contact: { method: 'PHONE' | 'EMAIL' | 'LETTER' | null; whom?: ContactWhom | null; phone: string; email: string; bestTime: string };
  language: string;
  interpreterNeeded: boolean | null;
  consentToContactHealthCare: boolean | null;
};

export function emptyAnswers(): ApplicationAnswers {
  return {
    services: [],
    situation: { livesAlone: null, helpFromRelatives: '', recentHospitalStay: null },
    contact: { method: null, whom: null, phone: '', email: '', bestTime: '' },
    language: 'sv',
    interpreterNeeded: null,
    consentToContactHealthCare: null,
  };
}
