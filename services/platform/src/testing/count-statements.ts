import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Counts the SQL statements the ORM sends (through its query logger, which sees every
 * statement whether or not debug logging is on), for tests that a page costs a constant number.
 */
export function countStatements(orm: MikroORM): { reset: () => void; readonly count: number; stop: () => void } {
  const logger = orm.config.getLogger();
  const original = logger.logQuery.bind(logger);
  let count = 0;
  logger.logQuery = (context) => {
    count += 1;
    original(context);
  };
  return {
    reset: () => {
      count = 0;
    },
    get count() {
      return count;
    },
    stop: () => {
      logger.logQuery = original;
    },
  };
}
