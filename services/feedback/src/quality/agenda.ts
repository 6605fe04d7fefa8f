import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '@omsorg/platform';
import { agendaPeriodStart } from '../domain/council.ts';
import type { CouncilMeeting } from '../entities/council.ts';
import { feedbackDatabase } from '../database.ts';

/*
 * The quality council's agenda, built from the data: what came in since the unit's previous
 * meeting (feedback by type and by target, deviations, lex Sarah reports) and what is still open
 * (feedback, deviations, lex Sarah under investigation, actions not done). Counts only: a
 * constant number of statements whatever the unit's size; the lists are on their own pages.
 * Feedback counts the unit's items and those not yet given a unit.
 */

const S = `"${feedbackDatabase.schema}"`;

export type Count = { key: string; count: number };
export type AgendaFacts = {
  periodStart: string;
  periodEnd: string;
  incomingFeedbackByType: Count[];
  incomingFeedbackByTarget: Count[];
  incomingDeviations: number;
  incomingLexSarah: number;
  openFeedback: number;
  openDeviations: number;
  lexSarahInvestigating: number;
  actionsNotDone: number;
};

async function previousMeetingOn(em: EntityManager, meeting: CouncilMeeting): Promise<string | null> {
  const rows = await execute<Array<{ on: string }>>(
    em,
    `select to_char(max("meeting_on"), 'YYYY-MM-DD') as "on" from ${S}."council_meeting" where "unit" = ? and "meeting_on" < ?`,
    [meeting.unit, meeting.meetingOn],
  );
  return rows[0]?.on ?? null;
}

export async function agendaFacts(em: EntityManager, meeting: CouncilMeeting): Promise<AgendaFacts> {
  const periodStart = agendaPeriodStart(meeting.meetingOn, await previousMeetingOn(em, meeting));
  const periodEnd = meeting.meetingOn;
  const unit = meeting.unit;
  const inPeriod = `(("received_at" at time zone 'Europe/Stockholm')::date between ?::date and ?::date)`;
  const [grouped, counts] = await Promise.all([
    execute<Array<{ dim: string; key: string; count: string }>>(
      em,
      `select 'type' as dim, "type" as key, count(*) as count from ${S}."feedback" where ("unit" = ? or "unit" is null) and ${inPeriod} group by "type"
       union all
       select 'target', "target", count(*) from ${S}."feedback" where ("unit" = ? or "unit" is null) and ${inPeriod} group by "target"`,
      [unit, periodStart, periodEnd, unit, periodStart, periodEnd],
    ),
    execute<Array<Record<string, string>>>(
      em,
      `select
        (select count(*) from ${S}."deviation" where "unit" = ? and "raised_on" between ? and ?) as incoming_deviations,
        (select count(*) from ${S}."lex_sarah_report" where "unit" = ? and "reported_on" between ? and ?) as incoming_lex_sarah,
        (select count(*) from ${S}."feedback" where ("unit" = ? or "unit" is null) and "status" <> 'CLOSED') as open_feedback,
        (select count(*) from ${S}."deviation" where "unit" = ? and "status" = 'OPEN') as open_deviations,
        (select count(*) from ${S}."lex_sarah_report" where "unit" = ? and "status" = 'INVESTIGATING') as lex_sarah_investigating,
        (select count(*) from ${S}."council_action" where "unit" = ? and "done_at" is null) as actions_not_done`,
      [unit, periodStart, periodEnd, unit, periodStart, periodEnd, unit, unit, unit, unit],
    ),
  ]);
  const of = (dim: string) => grouped.filter((row) => row.dim === dim).map((row) => ({ key: row.key, count: Number(row.count) }));
  const row = counts[0] ?? {};
  return {
    periodStart,
    periodEnd,
    incomingFeedbackByType: of('type'),
    incomingFeedbackByTarget: of('target'),
    incomingDeviations: Number(row.incoming_deviations ?? 0),
    incomingLexSarah: Number(row.incoming_lex_sarah ?? 0),
    openFeedback: Number(row.open_feedback ?? 0),
    openDeviations: Number(row.open_deviations ?? 0),
    lexSarahInvestigating: Number(row.lex_sarah_investigating ?? 0),
    actionsNotDone: Number(row.actions_not_done ?? 0),
  };
}
