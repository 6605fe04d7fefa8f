import { Migration } from '@mikro-orm/migrations';

export class Migration20261122075010_initial extends Migration {

  override name = 'Migration20261122075010_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "outreach";`);
    this.addSql(`create table "outreach"."campaign" ("id" uuid not null, "name" varchar(200) not null, "status" text not null default 'PLANNED', "starts_on" date null, "ends_on" date null, "target_description" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "outreach"."campaign" add constraint "campaign_period_check" check (starts_on is null or ends_on is null or starts_on <= ends_on);`);
    this.addSql(`alter table "outreach"."campaign" add constraint "campaign_status_check" check ("status" in ('PLANNED', 'ACTIVE', 'CLOSED'));`);
  }

}
