import { Migration } from '@mikro-orm/migrations';

export class Migration20261205011309_staff_member_and_one_open_appeal extends Migration {

  override name = 'Migration20261205011309_staff_member_and_one_open_appeal';

  override up(): void | Promise<void> {
    this.addSql(`create table "applications"."staff_member" ("id" uuid not null, "unit" varchar(200) not null, "roles" jsonb not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "staff_member_unit_index" on "applications"."staff_member" ("unit");`);

    // At most one open appeal per decision, also under a race (two registrations at once).
    this.addSql(`create unique index "appeal_one_open_per_decision" on "applications"."appeal" ("decision_id") where "status" in ('RECEIVED', 'FORWARDED_TO_COURT');`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "applications"."staff_member" cascade;`);

    this.addSql(`drop index "applications"."appeal_one_open_per_decision";`);
  }

}
