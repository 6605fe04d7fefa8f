import { Migration } from '@mikro-orm/migrations';

export class Migration20261205144912_letter_batches extends Migration {

  override name = 'Migration20261205144912_letter_batches';

  override up(): void | Promise<void> {
    this.addSql(`create table "outreach"."letter_batch" ("id" uuid not null, "campaign_id" uuid not null, "kind" text not null, "status" text not null default 'QUEUED', "total" int not null default 0, "done" int not null default 0, "remind_invited_before" timestamptz null, "created_by" uuid null, "created_at" timestamptz not null, "finished_at" timestamptz null, "file_size" int null, primary key ("id"));`);
    this.addSql(`create index "letter_batch_campaign_created_index" on "outreach"."letter_batch" ("campaign_id", "created_at");`);

    this.addSql(`create table "outreach"."letter_batch_file" ("batch_id" uuid not null, "content" bytea not null, primary key ("batch_id"));`);

    this.addSql(`alter table "outreach"."campaign" add "reminder_after_weeks" int null;`);

    this.addSql(`alter table "outreach"."invitation" add "reminder_code_hash" varchar(64) null, add "letter_batch_id" uuid null, add "reminder_batch_id" uuid null;`);
    this.addSql(`alter table "outreach"."invitation" add constraint "invitation_reminder_code_hash_unique" unique ("reminder_code_hash");`);
    this.addSql(`create index "invitation_letter_batch_id_index" on "outreach"."invitation" ("letter_batch_id");`);
    this.addSql(`create index "invitation_reminder_batch_id_index" on "outreach"."invitation" ("reminder_batch_id");`);

    this.addSql(`alter table "outreach"."letter_batch" add constraint "letter_batch_campaign_id_foreign" foreign key ("campaign_id") references "outreach"."campaign" ("id");`);
    this.addSql(`alter table "outreach"."letter_batch" add constraint "letter_batch_kind_check" check ("kind" in ('INVITATION', 'REMINDER'));`);
    this.addSql(`alter table "outreach"."letter_batch" add constraint "letter_batch_status_check" check ("status" in ('QUEUED', 'RUNNING', 'DONE', 'FAILED'));`);
    // One unfinished batch per campaign: two clicks at once cannot both start one.
    this.addSql(`create unique index "letter_batch_one_unfinished_per_campaign" on "outreach"."letter_batch" ("campaign_id") where "status" in ('QUEUED', 'RUNNING');`);
    this.addSql(`alter table "outreach"."letter_batch_file" add constraint "letter_batch_file_batch_id_foreign" foreign key ("batch_id") references "outreach"."letter_batch" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "outreach"."letter_batch" cascade;`);
    this.addSql(`drop table if exists "outreach"."letter_batch_file" cascade;`);

    this.addSql(`alter table "outreach"."campaign" drop column "reminder_after_weeks";`);

    this.addSql(`alter table "outreach"."invitation" drop constraint "invitation_reminder_code_hash_unique";`);
    this.addSql(`drop index "outreach"."invitation_letter_batch_id_index";`);
    this.addSql(`drop index "outreach"."invitation_reminder_batch_id_index";`);
    this.addSql(`alter table "outreach"."invitation" drop column "reminder_code_hash", drop column "letter_batch_id", drop column "reminder_batch_id";`);
  }

}
