import type { CaseTimelineEvent as TimelineEvent } from '../case-data.ts';

/**
 * An event's data is JSON text written by the server. The timeline shows the parts a
 * caseworker cares about, each as a labelled value; anything unknown is left out.
 */
export type DetailKind = 'text' | 'serviceType' | 'outcome' | 'date' | 'dateTime' | 'week' | 'hours' | 'appealStatus' | 'followUpOutcome' | 'boolean';

export interface EventDetail {
  key: string;
  kind: DetailKind;
  value: string;
}

const known: Record<string, DetailKind> = {
  serviceType: 'serviceType',
  outcome: 'outcome',
  hoursPerMonth: 'hours',
  validFrom: 'date',
  validTo: 'date',
  at: 'dateTime',
  place: 'text',
  responseDueOn: 'date',
  receivedOn: 'date',
  week: 'week',
  reason: 'text',
  assigneeName: 'text',
  providerName: 'text',
  startOn: 'date',
  startedOn: 'date',
  dueOn: 'date',
  forwardedOn: 'date',
  decidedOn: 'date',
  status: 'appealStatus',
  inTime: 'boolean',
  urgent: 'boolean',
  invitationSent: 'boolean',
  appealDeadline: 'date',
  followUpOutcome: 'followUpOutcome',
  channel: 'text',
};

export function eventDetails(event: Pick<TimelineEvent, 'data'>): EventDetail[] {
  if (!event.data) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(event.data);
  } catch {
    return [];
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return [];
  const details: EventDetail[] = [];
  for (const [key, kind] of Object.entries(known)) {
    const value = (parsed as Record<string, unknown>)[key];
    if (value === null || value === undefined || value === '') continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
    details.push({ key, kind, value: String(value) });
  }
  return details;
}

/** Newest first, the way a caseworker reads back through a case. */
export function newestFirst(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}
