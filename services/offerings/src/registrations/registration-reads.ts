import { logAccess, type RequestContext } from '@omsorg/platform';
import type { Registration } from '../entities/registration.ts';

/** The resource staff reads of a signed-in person's registration are logged as (Person.offeringsOpenings). */
export const REGISTRATION_READ = 'offerings.registration';

/** Logs that staff read these registrations, for each signed-in person among them (the anonymous have no person to show it to). */
export function logRegistrationReads(context: RequestContext, registrations: Registration[]): Promise<void> {
  return logAccess(
    context,
    registrations.filter((registration) => registration.personId !== null).map((registration) => ({ personId: registration.personId!, resource: REGISTRATION_READ, resourceId: registration.id })),
  );
}
