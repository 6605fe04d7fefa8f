import { Migration } from '@mikro-orm/migrations';

export class Migration20261205201355_activities extends Migration {

  override name = 'Migration20261205201355_activities';

  override up(): void | Promise<void> {
    this.addSql(`create table "offerings"."access_log" ("id" uuid not null, "at" timestamptz not null, "staff_id" uuid not null, "person_id" uuid not null, "resource" varchar(64) not null, "resource_id" varchar(64) null, primary key ("id"));`);
    this.addSql(`create index "access_log_staff_id_index" on "offerings"."access_log" ("staff_id");`);
    this.addSql(`create index "access_log_person_id_index" on "offerings"."access_log" ("person_id");`);

    this.addSql(`create table "offerings"."content_change" ("id" uuid not null, "content_kind" text not null, "content_id" uuid not null, "action" varchar(20) not null, "fields" jsonb not null, "staff_id" uuid not null, "changed_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "content_change_content_kind_content_id_changed_at_index" on "offerings"."content_change" ("content_kind", "content_id", "changed_at");`);

    this.addSql(`create table "offerings"."information_page" ("id" uuid not null, "slug" varchar(100) not null, "topic" text null, "position" int not null default 0, "texts" jsonb not null, "status" text not null default 'DRAFT', "publish_from" timestamptz null, "publish_until" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "offerings"."information_page" add constraint "information_page_slug_unique" unique ("slug");`);

    this.addSql(`create table "offerings"."programme_run" ("id" uuid not null, "district" varchar(100) not null, "month" varchar(7) not null, "layout" text not null, "language" varchar(12) not null default 'sv', "status" text not null default 'QUEUED', "progress" int not null default 0, "session_count" int not null default 0, "pdf" bytea null, "requested_by_id" uuid not null, "requested_at" timestamptz not null, "finished_at" timestamptz null, primary key ("id"));`);

    this.addSql(`create table "offerings"."rate_limit" ("key" varchar(64) not null, "hits" int not null, "expires_at" timestamptz not null, primary key ("key"));`);
    this.addSql(`create index "rate_limit_expires_at_index" on "offerings"."rate_limit" ("expires_at");`);

    this.addSql(`create table "offerings"."offering" ("id" uuid not null, "kind" text not null, "audience" text not null default 'OPEN_65', "venue_id" uuid not null, "texts" jsonb not null, "price" int not null default 0, "language" varchar(8) not null default 'sv', "organiser_unit" varchar(200) not null, "registration_required" boolean not null default true, "status" text not null default 'DRAFT', "publish_from" timestamptz null, "publish_until" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "offering_kind_index" on "offerings"."offering" ("kind");`);
    this.addSql(`create index "offering_venue_id_index" on "offerings"."offering" ("venue_id");`);
    this.addSql(`create index "offering_organiser_unit_index" on "offerings"."offering" ("organiser_unit");`);

    this.addSql(`create table "offerings"."offering_session" ("id" uuid not null, "offering_id" uuid not null, "venue_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "capacity" int null, "registered_count" int not null default 0, "waiting_sequence" int not null default 0, "price" int null, "language" varchar(8) null, "room" varchar(200) null, "cancelled_at" timestamptz null, "walk_in_women" int not null default 0, "walk_in_men" int not null default 0, "walk_in_unknown" int not null default 0, "version" int not null default 1, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "offering_session_offering_id_index" on "offerings"."offering_session" ("offering_id");`);
    this.addSql(`create index "offering_session_starts_at_index" on "offerings"."offering_session" ("starts_at");`);
    this.addSql(`create index "offering_session_venue_id_starts_at_index" on "offerings"."offering_session" ("venue_id", "starts_at");`);

    this.addSql(`create table "offerings"."registration" ("id" uuid not null, "session_id" uuid not null, "status" text not null, "waiting_position" int null, "person_id" uuid null, "registered_by_id" uuid null, "name" varchar(200) not null, "phone" varchar(40) null, "email" varchar(254) null, "postal_address" varchar(500) null, "notice_by" text not null default 'PHONE', "gender" varchar(8) not null default 'UNKNOWN', "cancel_code_hash" varchar(64) null, "attended" boolean null, "promoted_at" timestamptz null, "reminder_sent_at" timestamptz null, "cancelled_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "registration_session_id_index" on "offerings"."registration" ("session_id");`);
    this.addSql(`create index "registration_person_id_index" on "offerings"."registration" ("person_id");`);
    this.addSql(`alter table "offerings"."registration" add constraint "registration_cancel_code_hash_unique" unique ("cancel_code_hash");`);
    this.addSql(`create index "registration_session_id_status_waiting_position_index" on "offerings"."registration" ("session_id", "status", "waiting_position");`);

    this.addSql(`alter table "offerings"."venue" add "kind" text not null default 'MEETING_PLACE', add "district" varchar(100) not null default 'Hägersten-Älvsjö', add "phone" varchar(40) null, add "email" varchar(254) null, add "step_free" boolean not null default false, add "hearing_loop" boolean not null default false, add "accessible_toilet" boolean not null default false, add "texts" jsonb null, add "status" text not null default 'PUBLISHED', add "publish_from" timestamptz null, add "publish_until" timestamptz null, add "version" int not null default 1, add "updated_at" timestamptz null;`);
    // The venues already there keep their texts, as the Swedish version.
    this.addSql(`update "offerings"."venue" set "updated_at" = "created_at", "step_free" = "accessibility" ~* '(ramp|hiss|markplan)', "hearing_loop" = "accessibility" ~* 'hörselslinga', "accessible_toilet" = "accessibility" ~* 'toalett anpassad', "texts" = jsonb_build_object('sv', jsonb_build_object('openingHours', "opening_hours", 'accessibility', "accessibility", 'description', "description", 'holidayHours', '', 'directions', ''));`);
    this.addSql(`alter table "offerings"."venue" alter column "texts" set not null, alter column "updated_at" set not null;`);
    this.addSql(`alter table "offerings"."venue" drop column "opening_hours", drop column "accessibility", drop column "description";`);
    this.addSql(`create index "venue_district_index" on "offerings"."venue" ("district");`);
    this.addSql(`alter table "offerings"."venue" add constraint "venue_kind_check" check ("kind" in ('MEETING_PLACE', 'ACTIVITY_CENTRE', 'DAY_ACTIVITY'));`);
    this.addSql(`alter table "offerings"."venue" add constraint "venue_status_check" check ("status" in ('DRAFT', 'PUBLISHED'));`);

    this.addSql(`alter table "offerings"."content_change" add constraint "content_change_content_kind_check" check ("content_kind" in ('VENUE', 'OFFERING', 'SESSION', 'INFORMATION_PAGE'));`);

    this.addSql(`alter table "offerings"."information_page" add constraint "information_page_topic_check" check ("topic" in ('SERVICES', 'FINNISH_RIGHTS', 'RELATIVES', 'HOUSING', 'COMPLAINTS', 'ACCESSIBILITY'));`);
    this.addSql(`alter table "offerings"."information_page" add constraint "information_page_status_check" check ("status" in ('DRAFT', 'PUBLISHED'));`);

    this.addSql(`alter table "offerings"."programme_run" add constraint "programme_run_layout_check" check ("layout" in ('NOTICE_BOARD', 'NEWSPAPER'));`);
    this.addSql(`alter table "offerings"."programme_run" add constraint "programme_run_status_check" check ("status" in ('QUEUED', 'RUNNING', 'DONE', 'FAILED'));`);

    this.addSql(`alter table "offerings"."offering" add constraint "offering_venue_id_foreign" foreign key ("venue_id") references "offerings"."venue" ("id");`);
    this.addSql(`alter table "offerings"."offering" add constraint "offering_kind_check" check ("kind" in ('ACTIVITY', 'CULTURE', 'OUTING', 'COURSE', 'MEAL', 'DIGITAL_HELP', 'RELATIVES_GROUP'));`);
    this.addSql(`alter table "offerings"."offering" add constraint "offering_audience_check" check ("audience" in ('OPEN_65', 'DECISION'));`);
    this.addSql(`alter table "offerings"."offering" add constraint "offering_status_check" check ("status" in ('DRAFT', 'PUBLISHED'));`);

    this.addSql(`alter table "offerings"."offering_session" add constraint "offering_session_offering_id_foreign" foreign key ("offering_id") references "offerings"."offering" ("id");`);
    this.addSql(`alter table "offerings"."offering_session" add constraint "offering_session_venue_id_foreign" foreign key ("venue_id") references "offerings"."venue" ("id");`);

    this.addSql(`alter table "offerings"."registration" add constraint "registration_session_id_foreign" foreign key ("session_id") references "offerings"."offering_session" ("id");`);
    this.addSql(`alter table "offerings"."registration" add constraint "registration_status_check" check ("status" in ('REGISTERED', 'WAITING', 'CANCELLED'));`);
    this.addSql(`alter table "offerings"."registration" add constraint "registration_notice_by_check" check ("notice_by" in ('EMAIL', 'LETTER', 'PHONE'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "offerings"."offering_session" drop constraint "offering_session_offering_id_foreign";`);
    this.addSql(`alter table "offerings"."registration" drop constraint "registration_session_id_foreign";`);

    this.addSql(`drop table if exists "offerings"."access_log" cascade;`);
    this.addSql(`drop table if exists "offerings"."content_change" cascade;`);
    this.addSql(`drop table if exists "offerings"."information_page" cascade;`);
    this.addSql(`drop table if exists "offerings"."programme_run" cascade;`);
    this.addSql(`drop table if exists "offerings"."rate_limit" cascade;`);
    this.addSql(`drop table if exists "offerings"."offering" cascade;`);
    this.addSql(`drop table if exists "offerings"."offering_session" cascade;`);
    this.addSql(`drop table if exists "offerings"."registration" cascade;`);

    this.addSql(`drop index "offerings"."venue_district_index";`);
    this.addSql(`alter table "offerings"."venue" drop constraint "venue_kind_check";`);
    this.addSql(`alter table "offerings"."venue" drop constraint "venue_status_check";`);
    this.addSql(`alter table "offerings"."venue" drop column "kind", drop column "district", drop column "phone", drop column "email", drop column "step_free", drop column "hearing_loop", drop column "accessible_toilet", drop column "texts", drop column "status", drop column "publish_from", drop column "publish_until", drop column "version", drop column "updated_at";`);
    this.addSql(`alter table "offerings"."venue" add "opening_hours" text not null default '', add "accessibility" text not null default '', add "description" text not null default '';`);
  }

}
