import { Migration } from '@mikro-orm/migrations';

export class Migration20261205201832_registration_language extends Migration {

  override name = 'Migration20261205201832_registration_language';

  override up(): void | Promise<void> {
    this.addSql(`alter table "offerings"."registration" add "language" varchar(8) not null default 'sv';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "offerings"."registration" drop column "language";`);
  }

}
