import { Migration } from '@mikro-orm/migrations';

export class Migration20261205172217_forwards extends Migration {

  override name = 'Migration20261205172217_forwards';

  override up(): void | Promise<void> {
    this.addSql(`create table "feedback"."feedback_forward" ("id" uuid not null, "feedback_id" uuid not null, "provider_id" uuid null, "recipient_name" varchar(200) not null, "recipient_email" varchar(200) null, "question" text not null, "staff_id" uuid not null, "sent_at" timestamptz not null, "link_token_hash" varchar(64) null, "link_expires_at" timestamptz null, "answer" text null, "answered_at" timestamptz null, "answered_via" text null, "answer_recorded_by_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "feedback_forward_feedback_id_index" on "feedback"."feedback_forward" ("feedback_id");`);
    this.addSql(`alter table "feedback"."feedback_forward" add constraint "feedback_forward_link_token_hash_unique" unique ("link_token_hash");`);

    this.addSql(`alter table "feedback"."feedback_forward" add constraint "feedback_forward_feedback_id_foreign" foreign key ("feedback_id") references "feedback"."feedback" ("id");`);
    this.addSql(`alter table "feedback"."feedback_forward" add constraint "feedback_forward_answered_via_check" check ("answered_via" in ('LINK', 'STAFF'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "feedback"."feedback_forward" cascade;`);
  }

}
