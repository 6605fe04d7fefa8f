import { defineEntity, p } from '@mikro-orm/core';
import { MEETING_KINDS } from '../domain/places.ts';

/**
 * A time an outreach worker can hold a conversation, made from their availability templates by
 * the slots job. Free when no booking holds it (booking.ts).
 */
export const SlotSchema = defineEntity({
  name: 'Slot',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    /** The outreach worker (identity's StaffMember id). */
    workerId: p.uuid().index(),
    startsAt: p.datetime().index(),
    endsAt: p.datetime(),
    kind: p.enum(MEETING_KINDS),
    /** The place's name as the person reads it ("Träffpunkt Hägersten"); null for home, phone and video. */
    placeName: p.string().length(200).nullable(),
    placeAddress: p.string().length(200).nullable(),
    /**
     * Set when no template gives this time any more but a cancelled booking still points at it
     * (so it cannot be deleted): not offered. Cleared when a template gives it again.
     */
    withdrawnAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ name: 'slot_worker_start_unique', properties: ['workerId', 'startsAt', 'kind'] }],
});

export class Slot extends SlotSchema.class {}
SlotSchema.setClass(Slot);
