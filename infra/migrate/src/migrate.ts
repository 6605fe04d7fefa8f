import { applicationsService } from '@omsorg/applications';
import { feedbackService } from '@omsorg/feedback';
import { identityService } from '@omsorg/identity';
import { offeringsService } from '@omsorg/offerings';
import { outreachService } from '@omsorg/outreach';
import { createLogger, openDatabase, type ServiceDefinition } from '@omsorg/platform';

/** Every subgraph that owns a schema (the gateway creates its session table itself, idempotently). */
export const MIGRATED_SERVICES: ServiceDefinition[] = [identityService, applicationsService, feedbackService, offeringsService, outreachService];

/**
 * Brings every service's schema up to date, one service after another, and adds nothing else:
 * unlike `migrateAndSeed` (infra/dev/src/seed.ts) no development data. Each service would
 * migrate at start too; run first, in one process, no two replicas ever migrate at once and a
 * failing migration stops the rollout before any new pod starts.
 */
export async function migrateAll(databaseUrl: string, log = createLogger('migrate')): Promise<void> {
  for (const service of MIGRATED_SERVICES) {
    const started = Date.now();
    const orm = await openDatabase(service.database, databaseUrl);
    await orm.close();
    log.info({ service: service.name, ms: Date.now() - started }, 'schema up to date');
  }
}

// `node infra/migrate/src/migrate.ts` with DATABASE_URL: the migrations Job's command.
if (import.meta.main) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  await migrateAll(url);
}
