import type { Appeal } from '../entities/appeal.ts';
import type { Decision } from '../entities/decision.ts';
import type { CaseMail } from './case-mail.ts';
import { appealDecidedMail, appealReceivedMail, decisionMadeMail, type AppealOutcome } from './step-notices.ts';

/** The mail that a decision was made, once per decision. */
export function decisionMail(decision: Decision): CaseMail {
  return {
    purpose: 'decision-made',
    event: `decision-made:${decision.id}`,
    build: (facts) => decisionMadeMail({ ...facts, appealDeadline: decision.appealDeadline ?? null }),
  };
}

/** The mail that an appeal arrived, once per appeal. */
export function appealReceivedMailFor(appeal: Appeal): CaseMail {
  return {
    purpose: 'appeal-received',
    event: `appeal-received:${appeal.id}`,
    build: (facts) => appealReceivedMail({ ...facts, receivedOn: appeal.receivedOn, inTime: appeal.inTime }),
  };
}

/** The mail with an appeal's outcome, once per appeal and outcome. */
export function appealDecidedMailFor(appeal: Appeal, outcome: AppealOutcome): CaseMail {
  return { purpose: 'appeal-decided', event: `appeal-decided:${appeal.id}:${outcome}`, build: (facts) => appealDecidedMail({ ...facts, outcome }) };
}
