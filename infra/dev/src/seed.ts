import { TEST_CITIZENS, TEST_REPRESENTATIONS, TEST_STAFF } from '@omsorg/dev-idp';
import { applicationsService, backfillCaseUnitLinks, publishCareStatuses, seedApplications } from '@omsorg/applications';
import { feedbackService, seedSurveyCareStatus } from '@omsorg/feedback';
import { identityService, seedIdentity } from '@omsorg/identity';
import { offeringsService, seedOfferings } from '@omsorg/offerings';
import { outreachService, seedOutreach } from '@omsorg/outreach';
import { createLogger, openDatabase, parsePersonalIdentityNumber } from '@omsorg/platform';
import { SERVICES } from './services.ts';

/** Brings every service's schema up to date, then adds the development data that is missing. */
export async function migrateAndSeed(databaseUrl: string): Promise<void> {
  let withCareServices: string[] = [];
  for (const service of SERVICES) {
    const orm = await openDatabase(service.database, databaseUrl);
    try {
      if (service === identityService) {
        await seedIdentity(orm, { citizens: TEST_CITIZENS, staff: TEST_STAFF, representations: TEST_REPRESENTATIONS });
        withCareServices = await personIdsOf(orm, DEV_PEOPLE_WITH_CARE_SERVICES);
      } else if (service === applicationsService) {
        await seedApplications(orm);
        // Identity lets a unit's staff read the persons of its cases: tell it about existing ones.
        await backfillCaseUnitLinks(orm, createLogger('seed'));
        // Outreach leaves people with current care services out of its cohorts: tell it who has them.
        await publishCareStatuses(orm, createLogger('seed'));
      } else if (service === feedbackService) {
        // The user survey is offered to people with current care services: the applications seed grants none.
        await seedSurveyCareStatus(orm, withCareServices);
      } else if (service === offeringsService) {
        await seedOfferings(orm);
      } else if (service === outreachService) {
        await seedOutreach(orm);
      }
    } finally {
      await orm.close();
    }
  }
}

/** Dev citizens who have home care already (Signe Andersson): the user survey is offered to them and their representatives. */
const DEV_PEOPLE_WITH_CARE_SERVICES = ['194203152386'];

/** Identity's ids of the dev citizens named by personnummer (read here, in the dev tooling, never by a service). */
async function personIdsOf(orm: Awaited<ReturnType<typeof openDatabase>>, numbers: readonly string[]): Promise<string[]> {
  const normalized = numbers.flatMap((number) => {
    const parsed = parsePersonalIdentityNumber(number);
    return parsed.ok ? [parsed.value.normalized] : [];
  });
  const rows = await orm.em
    .fork()
    .getConnection()
    .execute<Array<{ id: string }>>(`select "id" from "identity"."person" where "personal_identity_number" in (select jsonb_array_elements_text(?::jsonb))`, [JSON.stringify(normalized)]);
  return rows.map((row) => row.id);
}
