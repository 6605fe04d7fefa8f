import { Migration } from '@mikro-orm/migrations';

export class Migration20261205142521_health_conversations extends Migration {

  override name = 'Migration20261205142521_health_conversations';

  override up(): void | Promise<void> {
    this.addSql(`create table "outreach"."health_conversation" ("id" uuid not null, "booking_id" uuid not null, "person_id" uuid not null, "worker_id" uuid not null, "unit" varchar(200) not null, "held_at" timestamptz not null, "record" jsonb not null, "hearing_problems" boolean not null default false, "memory_problems" boolean not null default false, "referral_consent" boolean null, "share_record_consent" boolean null, "consent_text" varchar(500) null, "consent_recorded_at" timestamptz null, "consent_recorded_by" uuid null, "outcome" text null, "activity_id" uuid null, "activity_name" varchar(200) null, "referral_needs" text null, "follow_up_on" date null, "follow_up_done_at" timestamptz null, "completed_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "outreach"."health_conversation" add constraint "health_conversation_booking_id_unique" unique ("booking_id");`);
    this.addSql(`create index "health_conversation_person_id_index" on "outreach"."health_conversation" ("person_id");`);
    this.addSql(`create index "health_conversation_worker_id_index" on "outreach"."health_conversation" ("worker_id");`);
    this.addSql(`create index "health_conversation_unit_index" on "outreach"."health_conversation" ("unit");`);
    this.addSql(`create index "health_conversation_follow_up_on_index" on "outreach"."health_conversation" ("follow_up_on");`);

    this.addSql(`create table "outreach"."referral" ("id" uuid not null, "conversation_id" uuid not null, "person_id" uuid not null, "unit" varchar(200) not null, "needs" text not null, "status" text not null default 'PENDING', "application_id" uuid null, "reference" varchar(32) null, "created_at" timestamptz not null, "sent_at" timestamptz null, "answered_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "outreach"."referral" add constraint "referral_conversation_id_unique" unique ("conversation_id");`);
    this.addSql(`create index "referral_person_id_index" on "outreach"."referral" ("person_id");`);
    this.addSql(`alter table "outreach"."referral" add constraint "referral_application_id_unique" unique ("application_id");`);

    this.addSql(`alter table "outreach"."health_conversation" add constraint "health_conversation_booking_id_foreign" foreign key ("booking_id") references "outreach"."booking" ("id");`);
    this.addSql(`alter table "outreach"."health_conversation" add constraint "health_conversation_outcome_check" check ("outcome" in ('NOTHING_NEEDED', 'INFORMATION_GIVEN', 'ACTIVITY_SUGGESTED', 'REFERRAL'));`);

    this.addSql(`alter table "outreach"."referral" add constraint "referral_conversation_id_foreign" foreign key ("conversation_id") references "outreach"."health_conversation" ("id");`);
    this.addSql(`alter table "outreach"."referral" add constraint "referral_status_check" check ("status" in ('PENDING', 'SENT', 'CREATED', 'FAILED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "outreach"."referral" drop constraint "referral_conversation_id_foreign";`);

    this.addSql(`drop table if exists "outreach"."health_conversation" cascade;`);
    this.addSql(`drop table if exists "outreach"."referral" cascade;`);
  }

}
