import { Migration } from '@mikro-orm/migrations';

export class Migration20261205141735_cohort_and_bookings extends Migration {

  override name = 'Migration20261205141735_cohort_and_bookings';

  override up(): void | Promise<void> {
    this.addSql(`create table "outreach"."access_log" ("id" uuid not null, "at" timestamptz not null, "staff_id" uuid not null, "person_id" uuid not null, "resource" varchar(64) not null, "resource_id" varchar(64) null, primary key ("id"));`);
    this.addSql(`create index "access_log_staff_id_index" on "outreach"."access_log" ("staff_id");`);
    this.addSql(`create index "access_log_person_id_index" on "outreach"."access_log" ("person_id");`);

    this.addSql(`create table "outreach"."cohort_member" ("campaign_id" uuid not null, "person_id" uuid not null, "added_at" timestamptz not null, primary key ("campaign_id", "person_id"));`);
    this.addSql(`create index "cohort_member_person_id_index" on "outreach"."cohort_member" ("person_id");`);

    this.addSql(`create table "outreach"."person_care_status" ("person_id" uuid not null, "has_current_care_services" boolean not null, "updated_at" timestamptz not null, primary key ("person_id"));`);

    this.addSql(`create table "outreach"."rate_limit" ("key" varchar(64) not null, "hits" int not null, "expires_at" timestamptz not null, primary key ("key"));`);
    this.addSql(`create index "rate_limit_expires_at_index" on "outreach"."rate_limit" ("expires_at");`);

    this.addSql(`create table "outreach"."resident" ("id" uuid not null, "given_name" varchar(100) not null, "family_name" varchar(100) not null, "birth_date" date not null, "legal_gender" text not null, "district_area" varchar(100) null, "preferred_language" varchar(8) not null, "interpreter_needed" boolean not null, "street_address" varchar(200) null, "postal_code" varchar(10) null, "postal_town" varchar(100) null, "email" varchar(254) null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "resident_birth_date_index" on "outreach"."resident" ("birth_date");`);
    this.addSql(`create index "resident_district_area_index" on "outreach"."resident" ("district_area");`);

    this.addSql(`create table "outreach"."slot" ("id" uuid not null, "worker_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "kind" text not null, "place_name" varchar(200) null, "place_address" varchar(200) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "slot_worker_id_index" on "outreach"."slot" ("worker_id");`);
    this.addSql(`create index "slot_starts_at_index" on "outreach"."slot" ("starts_at");`);
    this.addSql(`alter table "outreach"."slot" add constraint "slot_worker_start_unique" unique ("worker_id", "starts_at", "kind");`);

    this.addSql(`create table "outreach"."booking" ("id" uuid not null, "slot_id" uuid not null, "person_id" uuid not null, "campaign_id" uuid null, "invitation_id" uuid null, "kind" text not null, "status" text not null default 'ACTIVE', "interpreter_language" varchar(8) null, "companion" varchar(200) null, "booked_by_staff_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "booking_slot_id_index" on "outreach"."booking" ("slot_id");`);
    this.addSql(`create index "booking_person_id_index" on "outreach"."booking" ("person_id");`);
    this.addSql(`create index "booking_campaign_id_index" on "outreach"."booking" ("campaign_id");`);
    this.addSql(`create index "booking_invitation_id_index" on "outreach"."booking" ("invitation_id");`);
    this.addSql(`create unique index "booking_one_per_slot" on "outreach"."booking" ("slot_id") where "status" in ('ACTIVE', 'HELD');`);

    this.addSql(`alter table "outreach"."campaign" add "unit" varchar(200) not null default 'Beställarenheten äldre, Hägersten-Älvsjö', add "cohort_age" int null, add "cohort_year" int null, add "district_areas" jsonb not null default '[]', add "exclude_current_care" boolean not null default true, add "not_invited_within_months" int null, add "cohort_fixed_at" timestamptz null, add "created_by" uuid null;`);
    // Campaigns made before units owned them belong to the one unit development had.
    this.addSql(`alter table "outreach"."campaign" alter column "unit" drop default;`);
    this.addSql(`create index "campaign_unit_index" on "outreach"."campaign" ("unit");`);

    this.addSql(`alter table "outreach"."cohort_member" add constraint "cohort_member_campaign_id_foreign" foreign key ("campaign_id") references "outreach"."campaign" ("id");`);

    this.addSql(`alter table "outreach"."resident" add constraint "resident_legal_gender_check" check ("legal_gender" in ('FEMALE', 'MALE'));`);

    this.addSql(`alter table "outreach"."slot" add constraint "slot_kind_check" check ("kind" in ('MEETING_PLACE', 'HEALTH_CENTRE', 'HOME', 'PHONE', 'VIDEO'));`);

    this.addSql(`alter table "outreach"."booking" add constraint "booking_slot_id_foreign" foreign key ("slot_id") references "outreach"."slot" ("id");`);
    this.addSql(`alter table "outreach"."booking" add constraint "booking_campaign_id_foreign" foreign key ("campaign_id") references "outreach"."campaign" ("id") on delete set null;`);
    this.addSql(`alter table "outreach"."booking" add constraint "booking_kind_check" check ("kind" in ('MEETING_PLACE', 'HEALTH_CENTRE', 'HOME', 'PHONE', 'VIDEO'));`);
    this.addSql(`alter table "outreach"."booking" add constraint "booking_status_check" check ("status" in ('ACTIVE', 'HELD', 'CANCELLED', 'NO_SHOW'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "outreach"."booking" drop constraint "booking_slot_id_foreign";`);

    this.addSql(`drop table if exists "outreach"."access_log" cascade;`);
    this.addSql(`drop table if exists "outreach"."cohort_member" cascade;`);
    this.addSql(`drop table if exists "outreach"."person_care_status" cascade;`);
    this.addSql(`drop table if exists "outreach"."rate_limit" cascade;`);
    this.addSql(`drop table if exists "outreach"."resident" cascade;`);
    this.addSql(`drop table if exists "outreach"."slot" cascade;`);
    this.addSql(`drop table if exists "outreach"."booking" cascade;`);

    this.addSql(`drop index "outreach"."campaign_unit_index";`);
    this.addSql(`alter table "outreach"."campaign" drop column "unit", drop column "cohort_age", drop column "cohort_year", drop column "district_areas", drop column "exclude_current_care", drop column "not_invited_within_months", drop column "cohort_fixed_at", drop column "created_by";`);
  }

}
