import { LEGAL_GENDERS } from '../../domain/legal-gender.ts';
import { LIFE_AREAS, type LifeArea } from '../../domain/life-areas.ts';
import { STAFF_ROLES } from '@omsorg/platform';
import { APPEAL_STATUSES } from '../../entities/appeal.ts';
import { DECISION_OUTCOMES, DECISION_STATUSES } from '../../entities/decision.ts';
import { builder } from '../builder.ts';

function described<T extends string>(values: readonly T[], terms: Record<T, string>) {
  return Object.fromEntries(values.map((value) => [value, { description: terms[value] }])) as { [K in T]: { description: string } };
}

export const DecisionStatusEnum = builder.enumType('DecisionStatus', {
  description: 'Where a decision ("beslut") stands.',
  values: described(DECISION_STATUSES, {
    PROPOSED: 'Proposed by a caseworker for a manager to decide ("förslag till beslut").',
    DECIDED: 'Decided and in force ("fattat beslut").',
    SUPERSEDED: 'Replaced by a later decision, e.g. on reconsideration ("ersatt").',
  }),
});

export const DecisionOutcomeEnum = builder.enumType('DecisionOutcome', {
  description: 'What was decided about a requested service.',
  values: described(DECISION_OUTCOMES, { GRANTED: 'Beviljas.', PARTLY_GRANTED: 'Beviljas delvis.', DENIED: 'Avslås.' }),
});

export const AppealStatusEnum = builder.enumType('AppealStatus', {
  description: 'Where an appeal ("överklagande") stands.',
  values: described(APPEAL_STATUSES, {
    RECEIVED: 'Received, not yet handled ("inkommen").',
    CHANGED_ON_RECONSIDERATION: 'The unit changed the decision itself ("ändrat vid omprövning").',
    FORWARDED_TO_COURT: 'Sent to the administrative court ("överlämnad till förvaltningsrätten").',
    COURT_UPHELD: 'The court upheld the decision ("avslag i domstol").',
    COURT_CHANGED: 'The court changed the decision ("bifall i domstol").',
    COURT_DISMISSED: 'The court dismissed the appeal, e.g. as late ("avvisat").',
  }),
});

export const FOLLOW_UP_OUTCOMES = ['CONTINUE', 'CHANGE', 'END', 'REASSESS'] as const;
export const FollowUpOutcomeEnum = builder.enumType('FollowUpOutcome', {
  description: 'What a follow-up ("uppföljning") concluded.',
  values: described(FOLLOW_UP_OUTCOMES, {
    CONTINUE: 'The service continues as decided; the next follow-up is scheduled.',
    CHANGE: 'The service needs a changed decision.',
    END: 'The service ends.',
    REASSESS: 'A new needs assessment is needed ("ny utredning").',
  }),
});

const LIFE_AREA_TERMS: Record<LifeArea, string> = {
  PERSONAL_CARE: 'Personlig vård.',
  HOUSEHOLD: 'Hemliv, hushåll.',
  MOBILITY: 'Förflyttning.',
  SOCIAL_LIFE: 'Socialt liv.',
  HEALTH: 'Hälsa.',
  NUTRITION: 'Mat och måltider över hela dagen.',
  SAFETY: 'Trygghet och säkerhet, med våldsscreening.',
};
export const LifeAreaEnum = builder.enumType('LifeArea', {
  description: 'A life area of the needs assessment ("livsområde", the city’s instrument; nationally IBIC).',
  values: described(LIFE_AREAS, LIFE_AREA_TERMS),
});

export const StaffRoleEnum = builder.enumType('StaffRole', {
  description: 'CASEWORKER biståndshandläggare, MANAGER chef, OUTREACH uppsökande, QUALITY_COUNCIL kvalitetsråd.',
  values: STAFF_ROLES,
});

export const LegalGenderEnum = builder.enumType('LegalGender', {
  description: 'Legal gender ("juridiskt kön"), for statistics split by gender.',
  values: LEGAL_GENDERS,
});
