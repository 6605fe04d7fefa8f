import { Migration } from '@mikro-orm/migrations';

/**
 * A representative's own language, for mail to them (application.submitter_language). The
 * generator also proposed dropping the hand-written inbox indexes and work-list triggers; those
 * lines are left out on purpose (see Migration20261205061324_work_list).
 */
export class Migration20261205082829_submitter_language extends Migration {

  override name = 'Migration20261205082829_submitter_language';

  override up(): void | Promise<void> {
    this.addSql(`alter table "applications"."application" add "submitter_language" varchar(8) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "applications"."application" drop column "submitter_language";`);
  }

}
