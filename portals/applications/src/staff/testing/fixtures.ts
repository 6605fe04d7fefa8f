import type { CaseApplication as StaffApplication, CaseDecision as Decision } from '../case/case-data.ts';

/** An investigation just begun: nothing written, no visit booked; spread it and set what a test needs. */
export function anInvestigation(overrides: Partial<NonNullable<StaffApplication['investigation']>> = {}): NonNullable<StaffApplication['investigation']> {
  return {
    lifeAreas: [],
    serviceDescriptions: [],
    assessment: '',
    describesEveryService: false,
    violenceScreeningDone: false,
    homeVisitAt: null,
    homeVisitPlace: null,
    homeVisitInvitedAt: null,
    ...overrides,
  };
}

/** A case as the API returns it, for tests of the pure helpers; override what a test needs. */
export function anApplication(overrides: Partial<StaffApplication> = {}): StaffApplication {
  return {
    id: 'app-1',
    reference: 'ANS-2026-000012',
    status: 'IN_INVESTIGATION',
    channel: 'WEB',
    version: 7,
    createdAt: '2026-11-02T08:00:00Z',
    submittedAt: '2026-11-02T09:00:00Z',
    updatedAt: '2026-11-03T09:00:00Z',
    urgent: false,
    districtArea: 'Hägersten',
    applicant: { id: 'p-signe', fullName: 'Signe Andersson', age: 84, birthDate: '1942-03-15', legalGender: 'FEMALE', preferredLanguage: 'sv', interpreterNeeded: false, districtArea: 'Hägersten', representatives: [] },
    submittedBy: { id: 'p-erik', fullName: 'Erik Andersson' },
    assignee: { id: 's-hanna', name: 'Hanna Lind' },
    dueOn: '2026-11-16',
    overdue: false,
    answers: {
      services: [
        { serviceType: 'HOME_CARE_PERSONAL', needs: 'Hjälp med dusch' },
        { serviceType: 'SAFETY_ALARM', needs: 'Jag har ramlat' },
        { serviceType: 'NURSING_HOME', needs: 'Orkar inte bo hemma' },
      ],
      livesAlone: true,
      helpFromRelatives: 'Sonen handlar',
      recentHospitalStay: false,
      contactMethod: 'PHONE',
      phone: '070-123 45 67',
      email: '',
      bestTime: 'Förmiddag',
      language: 'sv',
      interpreterNeeded: false,
      consentToContactHealthCare: true,
    },
    requestedServices: [
      { id: 'rs-home', serviceType: 'HOME_CARE_PERSONAL', needs: 'Hjälp med dusch', decisions: [] },
      { id: 'rs-alarm', serviceType: 'SAFETY_ALARM', needs: 'Jag har ramlat', decisions: [] },
      { id: 'rs-nursing', serviceType: 'NURSING_HOME', needs: 'Orkar inte bo hemma', decisions: [] },
    ],
    timeline: [],
    communicatedInvestigation: null,
    investigation: null,
    openedBy: { nodes: [], totalCount: 0 },
    ...overrides,
  };
}

export function aDecision(overrides: Partial<Decision> = {}): Decision {
  return {
    id: 'd-1',
    status: 'DECIDED',
    outcome: 'GRANTED',
    hoursPerMonth: null,
    validFrom: '2026-12-01',
    validTo: null,
    motivation: 'Behovet är styrkt.',
    decidedAt: '2026-11-20T10:00:00Z',
    notifiedOn: '2026-11-22',
    appealDeadline: '2026-12-14',
    startedOn: null,
    legalProvision: { id: 'lp-1', code: 'SOL_4_1', law: 'SoL', citation: '4 kap. 1 §', title: 'Bistånd' },
    decidedBy: { id: 's-hanna', name: 'Hanna Lind' },
    proposedBy: null,
    appeals: [],
    order: null,
    followUps: [],
    ...overrides,
  };
}
