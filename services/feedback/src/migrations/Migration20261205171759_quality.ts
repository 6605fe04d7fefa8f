import { Migration } from '@mikro-orm/migrations';

export class Migration20261205171759_quality extends Migration {

  override name = 'Migration20261205171759_quality';

  override up(): void | Promise<void> {
    // Lex Sarah reports' own serial (LS-2026-0001), written by hand: the schema diff knows no sequences.
    this.addSql(`create sequence if not exists "feedback"."lex_sarah_reference_seq";`);
    this.addSql(`create table "feedback"."council_meeting" ("id" uuid not null, "unit" varchar(200) not null, "month" varchar(7) not null, "meeting_on" date not null, "status" text not null default 'PLANNED', "created_by_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "council_meeting_unit_index" on "feedback"."council_meeting" ("unit");`);
    this.addSql(`alter table "feedback"."council_meeting" add constraint "council_meeting_unit_month_unique" unique ("unit", "month");`);

    this.addSql(`create table "feedback"."council_agenda_item" ("id" uuid not null, "meeting_id" uuid not null, "kind" text not null, "ref_id" uuid not null, "added_by_id" uuid not null, "added_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "council_agenda_item_meeting_id_index" on "feedback"."council_agenda_item" ("meeting_id");`);
    this.addSql(`alter table "feedback"."council_agenda_item" add constraint "council_agenda_item_meeting_id_kind_ref_id_unique" unique ("meeting_id", "kind", "ref_id");`);

    this.addSql(`create table "feedback"."council_decision" ("id" uuid not null, "meeting_id" uuid not null, "agenda_item_id" uuid null, "text" text not null, "decided_by_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "council_decision_meeting_id_index" on "feedback"."council_decision" ("meeting_id");`);

    this.addSql(`create table "feedback"."council_action" ("id" uuid not null, "meeting_id" uuid not null, "agenda_item_id" uuid null, "unit" varchar(200) not null, "what" text not null, "responsible" varchar(200) not null, "due_on" date not null, "done_at" timestamptz null, "done_note" text null, "done_by_id" uuid null, "created_by_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "council_action_meeting_id_index" on "feedback"."council_action" ("meeting_id");`);
    this.addSql(`create index "council_action_unit_index" on "feedback"."council_action" ("unit");`);

    this.addSql(`create table "feedback"."deviation" ("id" uuid not null, "kind" text not null, "unit" varchar(200) not null, "target" text not null, "provider_name" varchar(200) null, "description" text null, "application_id" uuid null, "raised_on" date not null, "status" text not null default 'OPEN', "closing_note" text null, "closed_at" timestamptz null, "closed_by_id" uuid null, "source_key" varchar(200) null, "registered_by_id" uuid null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "deviation_unit_index" on "feedback"."deviation" ("unit");`);
    this.addSql(`create index "deviation_status_index" on "feedback"."deviation" ("status");`);
    this.addSql(`alter table "feedback"."deviation" add constraint "deviation_source_key_unique" unique ("source_key");`);
    this.addSql(`create index "deviation_created_at_index" on "feedback"."deviation" ("created_at");`);

    this.addSql(`create table "feedback"."lex_sarah_report" ("id" uuid not null, "reference_number" varchar(32) not null, "unit" varchar(200) not null, "what_happened" text not null, "place" varchar(300) not null, "happened_on" date null, "reported_by" varchar(200) not null, "reported_on" date not null, "source" text not null, "feedback_id" uuid null, "deviation_id" uuid null, "status" text not null default 'INVESTIGATING', "findings" text null, "causes" text null, "actions" text null, "investigated_on" date null, "investigated_by_id" uuid null, "serious_on" date null, "decision" text null, "decision_reasons" text null, "decided_on" date null, "decided_by_id" uuid null, "ivo_sent_on" date null, "created_by_id" uuid not null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "feedback"."lex_sarah_report" add constraint "lex_sarah_report_reference_number_unique" unique ("reference_number");`);
    this.addSql(`create index "lex_sarah_report_unit_index" on "feedback"."lex_sarah_report" ("unit");`);
    this.addSql(`alter table "feedback"."lex_sarah_report" add constraint "lex_sarah_report_feedback_id_unique" unique ("feedback_id");`);
    this.addSql(`alter table "feedback"."lex_sarah_report" add constraint "lex_sarah_report_deviation_id_unique" unique ("deviation_id");`);
    this.addSql(`create index "lex_sarah_report_status_index" on "feedback"."lex_sarah_report" ("status");`);

    this.addSql(`alter table "feedback"."council_meeting" add constraint "council_meeting_status_check" check ("status" in ('PLANNED', 'HELD'));`);

    this.addSql(`alter table "feedback"."council_agenda_item" add constraint "council_agenda_item_meeting_id_foreign" foreign key ("meeting_id") references "feedback"."council_meeting" ("id");`);
    this.addSql(`alter table "feedback"."council_agenda_item" add constraint "council_agenda_item_kind_check" check ("kind" in ('FEEDBACK', 'DEVIATION', 'LEX_SARAH'));`);

    this.addSql(`alter table "feedback"."council_decision" add constraint "council_decision_meeting_id_foreign" foreign key ("meeting_id") references "feedback"."council_meeting" ("id");`);
    this.addSql(`alter table "feedback"."council_decision" add constraint "council_decision_agenda_item_id_foreign" foreign key ("agenda_item_id") references "feedback"."council_agenda_item" ("id") on delete set null;`);

    this.addSql(`alter table "feedback"."council_action" add constraint "council_action_meeting_id_foreign" foreign key ("meeting_id") references "feedback"."council_meeting" ("id");`);
    this.addSql(`alter table "feedback"."council_action" add constraint "council_action_agenda_item_id_foreign" foreign key ("agenda_item_id") references "feedback"."council_agenda_item" ("id") on delete set null;`);

    this.addSql(`alter table "feedback"."deviation" add constraint "deviation_kind_check" check ("kind" in ('IMPLEMENTATION_PLAN_MISSING', 'OTHER'));`);
    this.addSql(`alter table "feedback"."deviation" add constraint "deviation_target_check" check ("target" in ('UNIT', 'HOME_CARE_PROVIDER', 'NURSING_HOME', 'TRANSPORT', 'REGION'));`);
    this.addSql(`alter table "feedback"."deviation" add constraint "deviation_status_check" check ("status" in ('OPEN', 'CLOSED'));`);

    this.addSql(`alter table "feedback"."lex_sarah_report" add constraint "lex_sarah_report_feedback_id_foreign" foreign key ("feedback_id") references "feedback"."feedback" ("id") on delete set null;`);
    this.addSql(`alter table "feedback"."lex_sarah_report" add constraint "lex_sarah_report_deviation_id_foreign" foreign key ("deviation_id") references "feedback"."deviation" ("id") on delete set null;`);
    this.addSql(`alter table "feedback"."lex_sarah_report" add constraint "lex_sarah_report_source_check" check ("source" in ('FEEDBACK', 'DEVIATION', 'DIRECT'));`);
    this.addSql(`alter table "feedback"."lex_sarah_report" add constraint "lex_sarah_report_status_check" check ("status" in ('INVESTIGATING', 'REPORTED_TO_IVO', 'CLOSED'));`);
    this.addSql(`alter table "feedback"."lex_sarah_report" add constraint "lex_sarah_report_decision_check" check ("decision" in ('REPORT_TO_IVO', 'NOT_MISCONDUCT', 'WRITTEN_OFF'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "feedback"."council_agenda_item" drop constraint "council_agenda_item_meeting_id_foreign";`);
    this.addSql(`alter table "feedback"."council_decision" drop constraint "council_decision_meeting_id_foreign";`);
    this.addSql(`alter table "feedback"."council_action" drop constraint "council_action_meeting_id_foreign";`);
    this.addSql(`alter table "feedback"."council_decision" drop constraint "council_decision_agenda_item_id_foreign";`);
    this.addSql(`alter table "feedback"."council_action" drop constraint "council_action_agenda_item_id_foreign";`);
    this.addSql(`alter table "feedback"."lex_sarah_report" drop constraint "lex_sarah_report_deviation_id_foreign";`);

    this.addSql(`drop table if exists "feedback"."council_meeting" cascade;`);
    this.addSql(`drop table if exists "feedback"."council_agenda_item" cascade;`);
    this.addSql(`drop table if exists "feedback"."council_decision" cascade;`);
    this.addSql(`drop table if exists "feedback"."council_action" cascade;`);
    this.addSql(`drop table if exists "feedback"."deviation" cascade;`);
    this.addSql(`drop table if exists "feedback"."lex_sarah_report" cascade;`);
    this.addSql(`drop sequence if exists "feedback"."lex_sarah_reference_seq";`);
  }

}
