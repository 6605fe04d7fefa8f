import { Migration } from '@mikro-orm/migrations';

export class Migration20261122074439_initial extends Migration {

  override name = 'Migration20261122074439_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "feedback";`);
    this.addSql(`create table "feedback"."access_log" ("id" uuid not null, "at" timestamptz not null, "staff_id" uuid not null, "person_id" uuid not null, "resource" varchar(64) not null, "resource_id" varchar(64) null, primary key ("id"));`);
    this.addSql(`create index "access_log_staff_id_index" on "feedback"."access_log" ("staff_id");`);
    this.addSql(`create index "access_log_person_id_index" on "feedback"."access_log" ("person_id");`);

    this.addSql(`create table "feedback"."feedback" ("id" uuid not null, "reference_number" varchar(32) not null, "type" text not null, "subject" text not null, "text" text not null, "anonymous" boolean not null default false, "person_id" uuid null, "contact_name" varchar(200) null, "contact_email" varchar(200) null, "contact_phone" varchar(200) null, "channel" text not null, "source" text not null default 'OTHER_UNKNOWN', "unit" varchar(200) null, "received_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "feedback"."feedback" add constraint "feedback_reference_number_unique" unique ("reference_number");`);
    this.addSql(`create index "feedback_person_id_index" on "feedback"."feedback" ("person_id");`);
    this.addSql(`create index "feedback_received_at_index" on "feedback"."feedback" ("received_at");`);
    // Added by hand: the generator does not model sequences. Serials for reference numbers (SYN-2026-000123).
    this.addSql(`create sequence "feedback"."feedback_reference_seq" as bigint start with 1;`);
    this.addSql(`alter table "feedback"."feedback" add constraint "feedback_type_check" check ("type" in ('COMPLAINT', 'SUGGESTION', 'PRAISE', 'QUESTION'));`);
    this.addSql(`alter table "feedback"."feedback" add constraint "feedback_subject_check" check ("subject" in ('OTHER', 'STAFFING', 'TREATMENT', 'DECISION', 'INFORMATION', 'ROUTINES', 'QUESTION_IDEA', 'PHYSICAL_ENVIRONMENT', 'PERSONAL_DATA', 'COMPETENCE', 'TECHNOLOGY', 'ACCESSIBILITY', 'MISSED_OR_DELAYED_SERVICE'));`);
    this.addSql(`alter table "feedback"."feedback" add constraint "feedback_channel_check" check ("channel" in ('WEB', 'PHONE', 'LETTER', 'IN_PERSON'));`);
    this.addSql(`alter table "feedback"."feedback" add constraint "feedback_source_check" check ("source" in ('USER', 'RELATIVE', 'STAFF', 'PATIENT_BOARD', 'PARTNER', 'OTHER_UNKNOWN'));`);
  }

}
