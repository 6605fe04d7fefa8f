import { Migration } from '@mikro-orm/migrations';

export class Migration20261205215415_person_gender extends Migration {

  override name = 'Migration20261205215415_person_gender';

  override up(): void | Promise<void> {
    this.addSql(`create table "offerings"."person_gender" ("person_id" uuid not null, "legal_gender" varchar(8) not null, "updated_at" timestamptz not null, primary key ("person_id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "offerings"."person_gender" cascade;`);
  }

}
