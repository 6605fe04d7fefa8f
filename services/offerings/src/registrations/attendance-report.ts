import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, toCsv } from '@omsorg/platform';
import { instantInStockholm } from '@omsorg/rules';
import { pickTranslation } from '@omsorg/rules/offerings';
import { Offering } from '../entities/offering.ts';
import { Session } from '../entities/session.ts';

/** Women, men and unknown: how the reports split people (gender from staff, or UNKNOWN). */
export type GenderSplit = { women: number; men: number; unknown: number; total: number };

export type AttendanceRow = { sessionId: string; title: string; startsAt: Date; registered: number; attended: GenderSplit; walkIns: GenderSplit };

export type AttendanceReport = { month: string; rows: AttendanceRow[]; totals: { sessions: number; registered: number; attended: GenderSplit; walkIns: GenderSplit } };

function split(women: number, men: number, unknown: number): GenderSplit {
  return { women, men, unknown, total: women + men + unknown };
}

function add(a: GenderSplit, b: GenderSplit): GenderSplit {
  return split(a.women + b.women, a.men + b.men, a.unknown + b.unknown);
}

/** The first instant of a month "YYYY-MM" in Stockholm, and of the next. */
export function monthRange(month: string): { from: Date; to: Date } {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const next = mon === 12 ? `${year + 1}-01` : `${year}-${String(mon + 1).padStart(2, '0')}`;
  return { from: instantInStockholm(`${month}-01`, '00:00'), to: instantInStockholm(`${next}-01`, '00:00') };
}

/**
 * Attendance per session of a unit's offerings in a month (Stockholm): registered places, who
 * came among them, and walk-ins, each split women / men / unknown. Cancelled sessions are left out.
 */
export async function attendanceReport(em: EntityManager, organiserUnit: string, month: string): Promise<AttendanceReport> {
  const { from, to } = monthRange(month);
  const sessions = await em.find(
    Session,
    { startsAt: { $gte: from, $lt: to }, cancelledAt: null, offering: { organiserUnit } },
    { populate: ['offering'], orderBy: { startsAt: 'asc', id: 'asc' } },
  );
  const ids = sessions.map((session) => session.id);
  const counts = ids.length
    ? await execute<Array<{ session_id: string; registered: string; women: string; men: string; unknown: string }>>(
      em,
      `select session_id,
         count(*) filter (where status = 'REGISTERED') as registered,
         count(*) filter (where status = 'REGISTERED' and attended and gender = 'FEMALE') as women,
         count(*) filter (where status = 'REGISTERED' and attended and gender = 'MALE') as men,
         count(*) filter (where status = 'REGISTERED' and attended and gender not in ('FEMALE', 'MALE')) as unknown
       from "offerings"."registration" where session_id in (${ids.map(() => '?').join(', ')}) group by session_id`,
      ids,
    )
    : [];
  const bySession = new Map(counts.map((row) => [row.session_id, row]));
  const rows = sessions.map((session): AttendanceRow => {
    const count = bySession.get(session.id);
    const offering = session.offering as unknown as Offering;
    return {
      sessionId: session.id,
      title: pickTranslation(offering.texts, 'sv').value.title,
      startsAt: session.startsAt,
      registered: Number(count?.registered ?? 0),
      attended: split(Number(count?.women ?? 0), Number(count?.men ?? 0), Number(count?.unknown ?? 0)),
      walkIns: split(session.walkInWomen, session.walkInMen, session.walkInUnknown),
    };
  });
  const zero = split(0, 0, 0);
  return {
    month,
    rows,
    totals: {
      sessions: rows.length,
      registered: rows.reduce((sum, row) => sum + row.registered, 0),
      attended: rows.reduce((sum, row) => add(sum, row.attended), zero),
      walkIns: rows.reduce((sum, row) => add(sum, row.walkIns), zero),
    },
  };
}

/** The report as CSV (semicolons, for Excel in Swedish), one row per session and a total. */
export function attendanceCsv(report: AttendanceReport, formatStart: (startsAt: Date) => string): string {
  const header = ['Aktivitet', 'Tid', 'Anmälda', 'Kom: kvinnor', 'Kom: män', 'Kom: okänt', 'Drop-in: kvinnor', 'Drop-in: män', 'Drop-in: okänt', 'Totalt deltagare'];
  const line = (title: string, when: string, registered: number, attended: GenderSplit, walkIns: GenderSplit) => [
    title, when, registered, attended.women, attended.men, attended.unknown, walkIns.women, walkIns.men, walkIns.unknown, attended.total + walkIns.total,
  ];
  const rows = report.rows.map((row) => line(row.title, formatStart(row.startsAt), row.registered, row.attended, row.walkIns));
  rows.push(line(`Totalt (${report.totals.sessions} tillfällen)`, report.month, report.totals.registered, report.totals.attended, report.totals.walkIns));
  return toCsv(header, rows);
}

