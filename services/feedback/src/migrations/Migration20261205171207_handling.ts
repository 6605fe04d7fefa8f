import { Migration } from '@mikro-orm/migrations';

export class Migration20261205171207_handling extends Migration {

  override name = 'Migration20261205171207_handling';

  override up(): void | Promise<void> {
    this.addSql(`create table "feedback"."feedback_event" ("id" uuid not null, "feedback_id" uuid not null, "kind" text not null, "staff_id" uuid null, "note" text null, "data" jsonb null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "feedback_event_feedback_id_index" on "feedback"."feedback_event" ("feedback_id");`);
    this.addSql(`create index "feedback_event_at_index" on "feedback"."feedback_event" ("at");`);

    this.addSql(`alter table "feedback"."feedback" drop constraint "feedback_channel_check";`);
    this.addSql(`alter table "feedback"."feedback" add "target" text not null default 'UNIT', add "target_name" varchar(200) null, add "text_has_sensitive_details" boolean not null default false, add "concerns_person_id" uuid null, add "contact_address" varchar(500) null, add "answer_by" text not null default 'NONE', add "sender_gender" text not null default 'UNKNOWN', add "status" text not null default 'RECEIVED', add "handler_id" uuid null, add "registered_by_id" uuid null, add "application_id" uuid null, add "classified_at" timestamptz null, add "answered_at" timestamptz null, add "action_taken_at" timestamptz null, add "lex_sarah_at" timestamptz null, add "closed_at" timestamptz null, add "personal_data_removed_at" timestamptz null, add "version" int not null default 1;`);
    this.addSql(`create index "feedback_concerns_person_id_index" on "feedback"."feedback" ("concerns_person_id");`);
    this.addSql(`create index "feedback_unit_index" on "feedback"."feedback" ("unit");`);
    this.addSql(`create index "feedback_status_index" on "feedback"."feedback" ("status");`);
    this.addSql(`create index "feedback_handler_id_index" on "feedback"."feedback" ("handler_id");`);
    this.addSql(`create index "feedback_closed_at_index" on "feedback"."feedback" ("closed_at");`);
    this.addSql(`alter table "feedback"."feedback" add constraint "feedback_target_check" check ("target" in ('UNIT', 'HOME_CARE_PROVIDER', 'NURSING_HOME', 'TRANSPORT', 'REGION'));`);
    this.addSql(`alter table "feedback"."feedback" add constraint "feedback_answer_by_check" check ("answer_by" in ('NONE', 'LETTER', 'EMAIL', 'PHONE'));`);
    this.addSql(`alter table "feedback"."feedback" add constraint "feedback_sender_gender_check" check ("sender_gender" in ('WOMAN', 'MAN', 'UNKNOWN'));`);
    this.addSql(`alter table "feedback"."feedback" add constraint "feedback_status_check" check ("status" in ('RECEIVED', 'IN_PROGRESS', 'CLOSED'));`);
    this.addSql(`alter table "feedback"."feedback" add constraint "feedback_channel_check" check ("channel" in ('WEB', 'PHONE', 'LETTER', 'POSTCARD', 'IN_PERSON'));`);

    this.addSql(`alter table "feedback"."feedback_event" add constraint "feedback_event_feedback_id_foreign" foreign key ("feedback_id") references "feedback"."feedback" ("id");`);
    this.addSql(`alter table "feedback"."feedback_event" add constraint "feedback_event_kind_check" check ("kind" in ('RECEIVED', 'REGISTERED', 'CLASSIFIED', 'ASSIGNED', 'LINKED_TO_CASE', 'INVESTIGATION_NOTE', 'ACTION_RECORDED', 'FORWARDED', 'PROVIDER_ANSWERED', 'ANSWERED', 'ESCALATED_LEX_SARAH', 'ON_COUNCIL_AGENDA', 'CLOSED', 'REOPENED', 'PERSONAL_DATA_REMOVED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "feedback"."feedback_event" cascade;`);

    this.addSql(`drop index "feedback"."feedback_concerns_person_id_index";`);
    this.addSql(`drop index "feedback"."feedback_unit_index";`);
    this.addSql(`drop index "feedback"."feedback_status_index";`);
    this.addSql(`drop index "feedback"."feedback_handler_id_index";`);
    this.addSql(`drop index "feedback"."feedback_closed_at_index";`);
    this.addSql(`alter table "feedback"."feedback" drop constraint "feedback_target_check";`);
    this.addSql(`alter table "feedback"."feedback" drop constraint "feedback_answer_by_check";`);
    this.addSql(`alter table "feedback"."feedback" drop constraint "feedback_sender_gender_check";`);
    this.addSql(`alter table "feedback"."feedback" drop constraint "feedback_status_check";`);
    this.addSql(`alter table "feedback"."feedback" drop constraint "feedback_channel_check";`);
    this.addSql(`alter table "feedback"."feedback" drop column "target", drop column "target_name", drop column "text_has_sensitive_details", drop column "concerns_person_id", drop column "contact_address", drop column "answer_by", drop column "sender_gender", drop column "status", drop column "handler_id", drop column "registered_by_id", drop column "application_id", drop column "classified_at", drop column "answered_at", drop column "action_taken_at", drop column "lex_sarah_at", drop column "closed_at", drop column "personal_data_removed_at", drop column "version";`);
    this.addSql(`alter table "feedback"."feedback" add constraint "feedback_channel_check" check ("channel" in ('WEB', 'PHONE', 'LETTER', 'IN_PERSON'));`);
  }

}
