import type { CaseTimelineEvent as TimelineEvent } from '../case-data.ts';

/**
 * An event's data is JSON text written by the server. The timeline shows the parts a
 * caseworker cares about, each as a labelled value; anything unknown is left out.
 */
export type DetailKind = 'text' | 'serviceType' | 'outcome' | 'date' | 'dateTime' | 'week' | 'hours' | 'appealStatus' | 'followUpOutcome' | 'boolean' | 'channel';

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
  channel: 'channel',
};

function parsedData(data: string | null | undefined): Record<string, unknown> | null {
  if (!data) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return null;
  }
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
}

/** A sentence that says the whole event better than its parts, with the message key it needs. */
export interface EventSummary {
  key: string;
  params: Record<string, string>;
  /** The data keys the sentence already says, left out of the details. */
  says: readonly string[];
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);
const ATTACHMENT_PURPOSES = ['APPLICATION', 'RESPONSE', 'APPEAL', 'CASE_DOCUMENT'];

/**
 * "Utförare vald: X, av Erik Andersson (ombud)" or "… registrerad av handläggare efter
 * telefonsamtal"; "Bilaga till svaret: intyg.pdf". Null for other events, or data it cannot use.
 * `personName` is who acted in the portal (from identity), when known.
 */
export function eventSummary(event: Pick<TimelineEvent, 'type' | 'data'>, personName: string | null): EventSummary | null {
  const data = parsedData(event.data);
  if (!data) return null;
  const prefix = 'applications.staff.case.overview.timeline.summary';
  if (event.type === 'PROVIDER_CHOSEN') {
    const provider = text(data.providerName);
    if (!provider) return null;
    const says = ['providerName', 'madeBy', 'madeByName', 'channel'];
    const representative = data.madeBy === 'REPRESENTATIVE';
    const who = representative ? 'REPRESENTATIVE' : 'PERSON';
    // By phone: who called, as the caseworker wrote it down; in the portal: who was signed in.
    const name = data.channel === 'PHONE' ? text(data.madeByName) : personName;
    const how = data.channel === 'PHONE' ? 'providerByPhone' : 'provider';
    return name ? { key: `${prefix}.${how}.${who}`, params: { provider, name }, says } : { key: `${prefix}.${how}Unnamed.${who}`, params: { provider }, says };
  }
  if (event.type === 'ATTACHMENT_ADDED') {
    const fileName = text(data.fileName);
    const purpose = text(data.purpose);
    if (!fileName || !purpose || !ATTACHMENT_PURPOSES.includes(purpose)) return null;
    return { key: `${prefix}.attachment.${purpose}`, params: { fileName }, says: ['fileName', 'purpose'] };
  }
  return null;
}

export function eventDetails(event: Pick<TimelineEvent, 'data'>, except: readonly string[] = []): EventDetail[] {
  const parsed = parsedData(event.data);
  if (!parsed) return [];
  const details: EventDetail[] = [];
  for (const [key, kind] of Object.entries(known)) {
    if (except.includes(key)) continue;
    const value = parsed[key];
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
