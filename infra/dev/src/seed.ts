import { TEST_CITIZENS, TEST_REPRESENTATIONS, TEST_STAFF } from '@omsorg/dev-idp';
import { applicationsService, backfillCaseUnitLinks, publishCareStatuses, seedApplications } from '@omsorg/applications';
import { identityService, seedIdentity } from '@omsorg/identity';
import { offeringsService, seedOfferings } from '@omsorg/offerings';
import { outreachService, seedOutreach } from '@omsorg/outreach';
import { createLogger, openDatabase } from '@omsorg/platform';
import { SERVICES } from './services.ts';

/** Brings every service's schema up to date, then adds the development data that is missing. */
export async function migrateAndSeed(databaseUrl: string): Promise<void> {
  for (const service of SERVICES) {
    const orm = await openDatabase(service.database, databaseUrl);
    try {
      if (service === identityService) {
        await seedIdentity(orm, { citizens: TEST_CITIZENS, staff: TEST_STAFF, representations: TEST_REPRESENTATIONS });
      } else if (service === applicationsService) {
        await seedApplications(orm);
        // Identity lets a unit's staff read the persons of its cases: tell it about existing ones.
        await backfillCaseUnitLinks(orm, createLogger('seed'));
        // Outreach leaves people with current care services out of its cohorts: tell it who has them.
        await publishCareStatuses(orm, createLogger('seed'));
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
