import { defineEntity, p } from '@mikro-orm/core';
import { BOOKING_STATUSES, MEETING_KINDS } from '../domain/places.ts';
import { CampaignSchema } from './campaign.ts';
import { SlotSchema } from './slot.ts';

/**
 * A resident's booked health conversation. The database allows one booking per slot among those
 * that hold it (ACTIVE, HELD), so two people who choose the same time at once cannot both get it.
 */
export const BookingSchema = defineEntity({
  name: 'Booking',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    slot: () => p.manyToOne(SlotSchema).index(),
    /** The resident (identity's Person id). */
    personId: p.uuid().index(),
    campaign: () => p.manyToOne(CampaignSchema).nullable().index(),
    /** The invitation answered, when booked through one (by the person or by staff for them). */
    invitationId: p.uuid().nullable().index(),
    kind: p.enum(MEETING_KINDS),
    status: p.enum(BOOKING_STATUSES).default('ACTIVE'),
    /** Language of an interpreter the person wishes (BCP 47, e.g. "fi"); null when none. */
    interpreterLanguage: p.string().length(8).nullable(),
    /** Who else comes, in the person's words ("min dotter Anna"); null when nobody. */
    companion: p.string().length(200).nullable(),
    /** Staff member who booked for someone who phoned; null when the person booked themself. */
    bookedByStaffId: p.uuid().nullable(),
    /** Why it was called off, in the words of whoever cancelled (staff or the person); null unless cancelled. */
    cancelReason: p.string().length(500).nullable(),
    cancelledAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  indexes: [
    {
      name: 'booking_one_per_slot',
      expression: `create unique index "booking_one_per_slot" on "outreach"."booking" ("slot_id") where "status" in ('ACTIVE', 'HELD')`,
    },
    {
      // A person has at most one active booking per campaign: a second time is a reschedule.
      name: 'booking_one_active_per_campaign',
      expression: `create unique index "booking_one_active_per_campaign" on "outreach"."booking" ("person_id", "campaign_id") where "status" = 'ACTIVE' and "campaign_id" is not null`,
    },
  ],
});

export class Booking extends BookingSchema.class {}
BookingSchema.setClass(Booking);
