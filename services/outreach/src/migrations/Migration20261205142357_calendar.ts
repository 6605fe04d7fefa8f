import { Migration } from '@mikro-orm/migrations';

export class Migration20261205142357_calendar extends Migration {

  override name = 'Migration20261205142357_calendar';

  override up(): void | Promise<void> {
    this.addSql(`create table "outreach"."availability_exception" ("id" uuid not null, "worker_id" uuid not null, "starts_on" date not null, "ends_on" date not null, "start_time" varchar(5) null, "end_time" varchar(5) null, "reason" varchar(200) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "availability_exception_worker_id_index" on "outreach"."availability_exception" ("worker_id");`);

    this.addSql(`create table "outreach"."availability_template" ("id" uuid not null, "worker_id" uuid not null, "weekday" int not null, "start_time" varchar(5) not null, "end_time" varchar(5) not null, "slot_minutes" int not null, "kind" text not null, "place_name" varchar(200) null, "place_address" varchar(200) null, "valid_from" date not null, "valid_to" date null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "availability_template_worker_id_index" on "outreach"."availability_template" ("worker_id");`);

    this.addSql(`create table "outreach"."staff_member" ("id" uuid not null, "unit" varchar(200) not null, "roles" jsonb not null, "name" varchar(201) not null, "title" varchar(100) null, "phone" varchar(20) null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "staff_member_unit_index" on "outreach"."staff_member" ("unit");`);

    this.addSql(`alter table "outreach"."slot" add "withdrawn_at" timestamptz null;`);

    this.addSql(`alter table "outreach"."booking" add "cancel_reason" varchar(500) null, add "cancelled_at" timestamptz null;`);
    this.addSql(`create unique index "booking_one_active_per_campaign" on "outreach"."booking" ("person_id", "campaign_id") where "status" = 'ACTIVE' and "campaign_id" is not null;`);

    this.addSql(`alter table "outreach"."availability_template" add constraint "availability_template_kind_check" check ("kind" in ('MEETING_PLACE', 'HEALTH_CENTRE', 'HOME', 'PHONE', 'VIDEO'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "outreach"."availability_exception" cascade;`);
    this.addSql(`drop table if exists "outreach"."availability_template" cascade;`);
    this.addSql(`drop table if exists "outreach"."staff_member" cascade;`);

    this.addSql(`drop index "outreach"."booking_one_active_per_campaign";`);
    this.addSql(`alter table "outreach"."booking" drop column "cancel_reason", drop column "cancelled_at";`);

    this.addSql(`alter table "outreach"."slot" drop column "withdrawn_at";`);
  }

}
