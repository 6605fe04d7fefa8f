import { isServiceType, type ServiceType } from '../service-order.ts';
import type { CitizenTimelineEventFragment as TimelineEvent } from '../../generated/graphql.ts';

/** The event types the portal has words for; any other is told as "the case was updated". */
export const knownEventTypes = [
  'DRAFT_STARTED',
  'SUBMITTED',
  'TAKEN',
  'ASSIGNED',
  'HOME_VISIT_BOOKED',
  'COMMUNICATED',
  'RESPONDED',
  'DECIDED',
  'APPEALED',
  'APPEAL_RECONSIDERED',
  'APPEAL_FORWARDED',
  'COURT_OUTCOME',
  'ORDERED',
  'IMPLEMENTATION_PLAN_RECEIVED',
  'SERVICE_STARTED',
  'FOLLOW_UP_SCHEDULED',
  'FOLLOW_UP_DONE',
  'ATTACHMENT_ADDED',
  'PROVIDER_CHOSEN',
] as const;
export type KnownEventType = (typeof knownEventTypes)[number];

/** What a detail sentence may need, picked from the event's data when it is there. */
export interface EventDetails {
  serviceType?: ServiceType;
  outcome?: string;
  /** a day (YYYY-MM-DD) the event points to: a response deadline, a follow-up date */
  day?: string;
  /** an instant the event points to: the home visit */
  moment?: string;
  place?: string;
  /** an attachment that became part of the case: its name and what it came with */
  file?: { name: string; purpose: AttachmentPurpose };
  /** a provider chosen: which, and whether a representative chose or staff recorded it after a call */
  provider?: { name: string; byRepresentative: boolean; byPhone: boolean };
}

const ATTACHMENT_PURPOSES = ['APPLICATION', 'RESPONSE', 'APPEAL', 'CASE_DOCUMENT'] as const;
export type AttachmentPurpose = (typeof ATTACHMENT_PURPOSES)[number];
const isPurpose = (value: unknown): value is AttachmentPurpose => (ATTACHMENT_PURPOSES as readonly unknown[]).includes(value);

export interface TimelineEntry {
  id: string;
  at: string;
  type: KnownEventType | 'OTHER';
  details: EventDetails;
}

function parseData(data: string | null): Record<string, unknown> {
  if (!data) return {};
  try {
    const parsed: unknown = JSON.parse(data);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoInstant = /^\d{4}-\d{2}-\d{2}T/;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

export function eventDetails(data: string | null): EventDetails {
  const raw = parseData(data);
  const details: EventDetails = {};
  if (isServiceType(raw.serviceType)) details.serviceType = raw.serviceType;
  const outcome = text(raw.outcome);
  if (outcome && ['GRANTED', 'PARTLY_GRANTED', 'DENIED'].includes(outcome)) details.outcome = outcome;
  const day = [raw.responseDueOn, raw.dueOn, raw.forwardedOn, raw.startOn, raw.startedOn].map(text).find((v) => v && isoDay.test(v));
  if (day) details.day = day;
  const moment = [raw.at, raw.visitAt].map(text).find((v) => v && isoInstant.test(v));
  if (moment) details.moment = moment;
  const place = text(raw.place);
  if (place) details.place = place.slice(0, 200);
  const fileName = text(raw.fileName);
  if (fileName && isPurpose(raw.purpose)) details.file = { name: fileName.slice(0, 200), purpose: raw.purpose };
  const providerName = text(raw.providerName);
  if (providerName && (raw.channel === 'PORTAL' || raw.channel === 'PHONE')) {
    details.provider = { name: providerName.slice(0, 200), byRepresentative: raw.madeBy === 'REPRESENTATIVE', byPhone: raw.channel === 'PHONE' };
  }
  return details;
}

/** The case's history as the applicant reads it: oldest first, each with what it was about. */
export function timelineEntries(events: readonly TimelineEvent[]): TimelineEntry[] {
  return [...events]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id))
    .map((event) => ({
      id: event.id,
      at: event.at,
      type: (knownEventTypes as readonly string[]).includes(event.type) ? (event.type as KnownEventType) : 'OTHER',
      details: eventDetails(event.data),
    }));
}
