import { Migration } from '@mikro-orm/migrations';

export class Migration20261122074915_initial extends Migration {

  override name = 'Migration20261122074915_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "offerings";`);
    this.addSql(`create table "offerings"."venue" ("id" uuid not null, "name" varchar(200) collate "sv-SE-x-icu" not null, "street_address" varchar(200) not null, "postal_code" varchar(6) not null, "city" varchar(100) not null default 'Stockholm', "area" varchar(100) collate "sv-SE-x-icu" not null, "opening_hours" text not null, "accessibility" text not null, "description" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "venue_area_name_index" on "offerings"."venue" ("area", "name");`);
  }

}
