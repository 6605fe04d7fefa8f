import { REGISTRATION_NOTICE_CHANNELS, REGISTRATION_STATUSES, isContentLanguage, pickTranslation } from '@omsorg/rules/offerings';
import type { Offering } from '../entities/offering.ts';
import type { Registration } from '../entities/registration.ts';
import type { Session } from '../entities/session.ts';
import type { Venue } from '../entities/venue.ts';
import { builder } from './builder.ts';

export const RegistrationStatusEnum = builder.enumType('RegistrationStatus', {
  description: 'A registration\'s place: registered ("anmäld"), on the waiting list ("i kö"), or cancelled ("avbokad").',
  values: REGISTRATION_STATUSES,
});

export const RegistrationNoticeChannelEnum = builder.enumType('RegistrationNoticeChannel', {
  description: 'How a person is told they moved up from the waiting list: e-mail, a letter the organiser prints, or a phone call from the organiser.',
  values: REGISTRATION_NOTICE_CHANNELS,
});

export const ATTENDANCE_GENDERS = ['FEMALE', 'MALE', 'UNKNOWN'] as const;
export const AttendanceGenderEnum = builder.enumType('AttendanceGender', {
  description: 'For the attendance report: woman, man, or not known.',
  values: ATTENDANCE_GENDERS,
});

/** Why a session takes no registration. */
export const RegistrationClosedReasonEnum = builder.enumType('RegistrationClosedReason', {
  description: 'Why a session takes no registration now.',
  values: ['NOT_FOUND', 'CANCELLED', 'PAST', 'NO_REGISTRATION', 'DECISION', 'ALREADY_REGISTERED'] as const,
});

/** A session as a registration shows it: what, when, where (read with the registration; the session and offering are populated). */
export const RegisteredSessionRef = builder.objectRef<Session>('RegisteredSession').implement({
  description: 'The session a registration is for: what, when and where.',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.string({
      description: "The offering's title in the reader's language, or Swedish.",
      resolve: (session, _args, context) => {
        const offering = session.offering as unknown as Offering;
        return pickTranslation(offering.texts, isContentLanguage(context.locale) ? context.locale : 'sv').value.title;
      },
    }),
    startsAt: t.string({ description: 'ISO 8601.', resolve: (session) => session.startsAt.toISOString() }),
    endsAt: t.string({ description: 'ISO 8601.', resolve: (session) => session.endsAt.toISOString() }),
    venueName: t.string({ resolve: (session) => (session.venue as unknown as Venue).name }),
    room: t.string({ nullable: true, resolve: (session) => session.room }),
    cancelled: t.boolean({ resolve: (session) => session.cancelledAt !== null }),
    cancelReason: t.string({ nullable: true, description: 'Why it was cancelled, as told to the people registered.', resolve: (session) => session.cancelReason }),
    capacity: t.int({ nullable: true, resolve: (session) => session.capacity }),
    registeredCount: t.exposeInt('registeredCount'),
  }),
});

/** A registration with its session populated (session.offering and session.venue too). */
export const RegistrationRef = builder.objectRef<Registration>('Registration').implement({
  description: 'A place on a session or on its waiting list. Seen by the person (and their representatives) and the organiser unit\'s activities staff.',
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.field({ type: RegistrationStatusEnum, resolve: (registration) => registration.status }),
    waitingPosition: t.int({ nullable: true, description: 'Place on the waiting list (1 first); kept after moving up, for the record.', resolve: (registration) => registration.waitingPosition }),
    name: t.exposeString('name'),
    phone: t.string({ nullable: true, resolve: (registration) => registration.phone }),
    email: t.string({ nullable: true, resolve: (registration) => registration.email }),
    postalAddress: t.string({ nullable: true, resolve: (registration) => registration.postalAddress }),
    noticeBy: t.field({ type: RegistrationNoticeChannelEnum, resolve: (registration) => registration.noticeBy }),
    signedIn: t.boolean({ description: 'Registered signed in (with BankID), not with name and phone only.', resolve: (registration) => registration.personId !== null }),
    personId: t.id({ nullable: true, resolve: (registration) => registration.personId }),
    attended: t.boolean({ nullable: true, description: 'Came (true), did not come (false), not taken yet (null).', resolve: (registration) => registration.attended }),
    gender: t.field({ type: AttendanceGenderEnum, resolve: (registration) => (ATTENDANCE_GENDERS as readonly string[]).includes(registration.gender) ? (registration.gender as (typeof ATTENDANCE_GENDERS)[number]) : 'UNKNOWN' }),
    promotedAt: t.string({ nullable: true, description: 'When moved up from the waiting list (ISO 8601).', resolve: (registration) => registration.promotedAt?.toISOString() ?? null }),
    createdAt: t.string({ resolve: (registration) => registration.createdAt.toISOString() }),
    cancelledAt: t.string({ nullable: true, resolve: (registration) => registration.cancelledAt?.toISOString() ?? null }),
    session: t.field({ type: RegisteredSessionRef, resolve: (registration) => registration.session as unknown as Session }),
  }),
});
