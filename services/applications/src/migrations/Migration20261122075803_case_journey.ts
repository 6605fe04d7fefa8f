import { Migration } from '@mikro-orm/migrations';

export class Migration20261122075803_case_journey extends Migration {

  override name = 'Migration20261122075803_case_journey';

  override up(): void | Promise<void> {
    // Added by hand: the generator does not model sequences (see also the index at the end).
    this.addSql(`create sequence "applications"."application_reference_seq" as bigint start with 1;`);
    this.addSql(`create table "applications"."application_event" ("id" uuid not null, "application_id" uuid not null, "at" timestamptz not null, "actor_kind" text not null, "actor_id" uuid null, "type" varchar(64) not null, "data" jsonb not null, "visible_to_applicant" boolean not null default true, primary key ("id"));`);
    this.addSql(`create index "application_event_application_id_index" on "applications"."application_event" ("application_id");`);

    this.addSql(`create table "applications"."callback_request" ("id" uuid not null, "person_id" uuid not null, "requested_by_id" uuid null, "unit" varchar(200) not null, "phone" varchar(40) not null, "message" text not null default '', "requested_at" timestamptz not null, "due_at" timestamptz not null, "assignee_id" uuid null, "completed_at" timestamptz null, "completed_by_id" uuid null, "note" text null, primary key ("id"));`);
    this.addSql(`create index "callback_request_person_id_index" on "applications"."callback_request" ("person_id");`);
    this.addSql(`create index "callback_request_unit_index" on "applications"."callback_request" ("unit");`);
    this.addSql(`create index "callback_request_due_at_index" on "applications"."callback_request" ("due_at");`);

    this.addSql(`create table "applications"."case_review_item" ("id" uuid not null, "application_id" uuid not null, "week" varchar(8) not null, "reason" text not null, "flagged_by_id" uuid not null, "flagged_at" timestamptz not null, "outcome" text null, "outcome_recorded_by_id" uuid null, "outcome_recorded_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "case_review_item_application_id_index" on "applications"."case_review_item" ("application_id");`);
    this.addSql(`create index "case_review_item_week_index" on "applications"."case_review_item" ("week");`);

    this.addSql(`create table "applications"."investigation" ("id" uuid not null, "application_id" uuid not null, "life_areas" jsonb not null, "service_descriptions" jsonb not null, "assessment" text not null default '', "violence_screening" jsonb null, "home_visit_at" timestamptz null, "home_visit_place" varchar(200) null, "home_visit_invited_at" timestamptz null, "communicated_at" timestamptz null, "response_due_on" date null, "response" text null, "responded_at" timestamptz null, "version" int not null default 1, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "applications"."investigation" add constraint "investigation_application_id_unique" unique ("application_id");`);

    this.addSql(`create table "applications"."legal_provision" ("id" uuid not null, "code" varchar(40) not null, "law" text not null, "citation" varchar(200) not null, "title" varchar(200) not null, "valid_from" date not null, "valid_to" date null, primary key ("id"));`);
    this.addSql(`alter table "applications"."legal_provision" add constraint "legal_provision_code_unique" unique ("code");`);

    this.addSql(`create table "applications"."provider" ("id" uuid not null, "name" varchar(200) not null, "in_house" boolean not null, "service_types" text[] not null, "contact_email" varchar(200) null, "active" boolean not null default true, primary key ("id"));`);
    this.addSql(`alter table "applications"."provider" add constraint "provider_name_unique" unique ("name");`);

    this.addSql(`create table "applications"."decision" ("id" uuid not null, "requested_service_id" uuid not null, "status" text not null, "outcome" text not null, "hours_per_month" int null, "valid_from" date null, "valid_to" date null, "legal_provision_id" uuid null, "motivation" text not null, "proposed_by_id" uuid null, "decided_by_id" uuid null, "decided_at" timestamptz null, "notified_on" date null, "appeal_deadline" date null, "supersedes_id" uuid null, "started_on" date null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "decision_requested_service_id_index" on "applications"."decision" ("requested_service_id");`);

    this.addSql(`create table "applications"."follow_up" ("id" uuid not null, "decision_id" uuid not null, "due_on" date not null, "reason" text not null, "completed_on" date null, "completed_by_id" uuid null, "outcome" text null, "note" text null, primary key ("id"));`);
    this.addSql(`create index "follow_up_decision_id_index" on "applications"."follow_up" ("decision_id");`);
    this.addSql(`create index "follow_up_due_on_index" on "applications"."follow_up" ("due_on");`);

    this.addSql(`create table "applications"."appeal" ("id" uuid not null, "decision_id" uuid not null, "received_on" date not null, "channel" text not null, "text" text not null, "submitted_by_id" uuid null, "registered_by_id" uuid null, "in_time" boolean not null, "status" text not null default 'RECEIVED', "reconsidered_at" timestamptz null, "forwarded_on" date null, "court_decided_on" date null, "court_note" text null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "appeal_decision_id_index" on "applications"."appeal" ("decision_id");`);

    this.addSql(`create table "applications"."service_order" ("id" uuid not null, "decision_id" uuid not null, "provider_id" uuid not null, "goals" text not null, "start_on" date not null, "ordered_on" date not null, "ordered_by_id" uuid not null, "plan_received_on" date null, "deviation_raised_on" date null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "service_order_decision_id_index" on "applications"."service_order" ("decision_id");`);

    this.addSql(`alter table "applications"."application" drop constraint "application_status_check";`);
    this.addSql(`alter table "applications"."application" add "district_area" varchar(100) null, add "channel" text not null default 'WEB', add "urgent" boolean not null default false, add "assignee_id" uuid null, add "answers" jsonb not null default '{}', add "draft_step" varchar(40) null, add "submission_key" uuid null, add "submitted_at" timestamptz null, add "decided_at" timestamptz null, add "closed_at" timestamptz null, add "version" int not null default 1, add "updated_at" timestamptz not null default now();`);
    this.addSql(`alter table "applications"."application" alter column "reference" drop not null;`);
    this.addSql(`create index "application_status_index" on "applications"."application" ("status");`);
    this.addSql(`create index "application_assignee_id_index" on "applications"."application" ("assignee_id");`);
    this.addSql(`alter table "applications"."application" add constraint "application_submission_key_unique" unique ("submission_key");`);
    this.addSql(`create index "application_submitted_at_index" on "applications"."application" ("submitted_at");`);
    this.addSql(`alter table "applications"."application" add constraint "application_channel_check" check ("channel" in ('WEB', 'PHONE', 'CONTACT_CENTRE', 'HOSPITAL_DISCHARGE', 'OUTREACH_REFERRAL', 'PAPER'));`);
    this.addSql(`alter table "applications"."application" add constraint "application_status_check" check ("status" in ('DRAFT', 'SUBMITTED', 'IN_INVESTIGATION', 'COMMUNICATED', 'DECIDED', 'CLOSED'));`);

    this.addSql(`alter table "applications"."requested_service" add "needs" text not null default '';`);

    this.addSql(`alter table "applications"."application_event" add constraint "application_event_application_id_foreign" foreign key ("application_id") references "applications"."application" ("id");`);
    this.addSql(`alter table "applications"."application_event" add constraint "application_event_actor_kind_check" check ("actor_kind" in ('person', 'staff', 'system'));`);

    this.addSql(`alter table "applications"."case_review_item" add constraint "case_review_item_application_id_foreign" foreign key ("application_id") references "applications"."application" ("id");`);

    this.addSql(`alter table "applications"."investigation" add constraint "investigation_application_id_foreign" foreign key ("application_id") references "applications"."application" ("id");`);

    this.addSql(`alter table "applications"."legal_provision" add constraint "legal_provision_law_check" check ("law" in ('SOL', 'LSS'));`);

    this.addSql(`alter table "applications"."decision" add constraint "decision_requested_service_id_foreign" foreign key ("requested_service_id") references "applications"."requested_service" ("id");`);
    this.addSql(`alter table "applications"."decision" add constraint "decision_legal_provision_id_foreign" foreign key ("legal_provision_id") references "applications"."legal_provision" ("id") on delete set null;`);
    this.addSql(`alter table "applications"."decision" add constraint "decision_supersedes_id_foreign" foreign key ("supersedes_id") references "applications"."decision" ("id") on delete set null;`);
    this.addSql(`alter table "applications"."decision" add constraint "decision_status_check" check ("status" in ('PROPOSED', 'DECIDED', 'SUPERSEDED'));`);
    this.addSql(`alter table "applications"."decision" add constraint "decision_outcome_check" check ("outcome" in ('GRANTED', 'PARTLY_GRANTED', 'DENIED'));`);

    this.addSql(`alter table "applications"."follow_up" add constraint "follow_up_decision_id_foreign" foreign key ("decision_id") references "applications"."decision" ("id");`);
    this.addSql(`alter table "applications"."follow_up" add constraint "follow_up_reason_check" check ("reason" in ('DECISION_ENDS', 'YEARLY'));`);
    this.addSql(`alter table "applications"."follow_up" add constraint "follow_up_outcome_check" check ("outcome" in ('CONTINUE', 'CHANGE', 'END', 'REASSESS'));`);

    this.addSql(`alter table "applications"."appeal" add constraint "appeal_decision_id_foreign" foreign key ("decision_id") references "applications"."decision" ("id");`);
    this.addSql(`alter table "applications"."appeal" add constraint "appeal_channel_check" check ("channel" in ('WEB', 'PAPER'));`);
    this.addSql(`alter table "applications"."appeal" add constraint "appeal_status_check" check ("status" in ('RECEIVED', 'CHANGED_ON_RECONSIDERATION', 'FORWARDED_TO_COURT', 'COURT_UPHELD', 'COURT_CHANGED', 'COURT_DISMISSED'));`);

    this.addSql(`alter table "applications"."service_order" add constraint "service_order_decision_id_foreign" foreign key ("decision_id") references "applications"."decision" ("id");`);
    this.addSql(`alter table "applications"."service_order" add constraint "service_order_provider_id_foreign" foreign key ("provider_id") references "applications"."provider" ("id");`);
    // Added by hand: the inbox filters by unit and status and sorts by submission.
    this.addSql(`create index "application_inbox_index" on "applications"."application" ("unit", "status", "submitted_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "applications"."decision" drop constraint "decision_legal_provision_id_foreign";`);
    this.addSql(`alter table "applications"."service_order" drop constraint "service_order_provider_id_foreign";`);
    this.addSql(`alter table "applications"."decision" drop constraint "decision_supersedes_id_foreign";`);
    this.addSql(`alter table "applications"."follow_up" drop constraint "follow_up_decision_id_foreign";`);
    this.addSql(`alter table "applications"."appeal" drop constraint "appeal_decision_id_foreign";`);
    this.addSql(`alter table "applications"."service_order" drop constraint "service_order_decision_id_foreign";`);

    this.addSql(`drop table if exists "applications"."application_event" cascade;`);
    this.addSql(`drop table if exists "applications"."callback_request" cascade;`);
    this.addSql(`drop table if exists "applications"."case_review_item" cascade;`);
    this.addSql(`drop table if exists "applications"."investigation" cascade;`);
    this.addSql(`drop table if exists "applications"."legal_provision" cascade;`);
    this.addSql(`drop table if exists "applications"."provider" cascade;`);
    this.addSql(`drop table if exists "applications"."decision" cascade;`);
    this.addSql(`drop table if exists "applications"."follow_up" cascade;`);
    this.addSql(`drop table if exists "applications"."appeal" cascade;`);
    this.addSql(`drop table if exists "applications"."service_order" cascade;`);

    this.addSql(`drop index "applications"."application_status_index";`);
    this.addSql(`drop index "applications"."application_assignee_id_index";`);
    this.addSql(`alter table "applications"."application" drop constraint "application_submission_key_unique";`);
    this.addSql(`drop index "applications"."application_submitted_at_index";`);
    this.addSql(`alter table "applications"."application" drop constraint "application_channel_check";`);
    this.addSql(`alter table "applications"."application" drop constraint "application_status_check";`);
    this.addSql(`alter table "applications"."application" drop column "district_area", drop column "channel", drop column "urgent", drop column "assignee_id", drop column "answers", drop column "draft_step", drop column "submission_key", drop column "submitted_at", drop column "decided_at", drop column "closed_at", drop column "version", drop column "updated_at";`);
    this.addSql(`alter table "applications"."application" alter column "reference" set not null;`);
    this.addSql(`alter table "applications"."application" add constraint "application_status_check" check ("status" in ('DRAFT', 'SUBMITTED', 'IN_INVESTIGATION', 'DECIDED', 'CLOSED'));`);

    this.addSql(`alter table "applications"."requested_service" drop column "needs";`);

  }

}
