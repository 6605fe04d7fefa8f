import { Migration } from '@mikro-orm/migrations';

export class Migration20261205060304_registered_application extends Migration {

  override name = 'Migration20261205060304_registered_application';

  override up(): void | Promise<void> {
    this.addSql(`alter table "applications"."application" add "registered_by_id" uuid null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "applications"."application" drop column "registered_by_id";`);
  }

}
