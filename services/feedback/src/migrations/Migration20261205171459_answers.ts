import { Migration } from '@mikro-orm/migrations';

export class Migration20261205171459_answers extends Migration {

  override name = 'Migration20261205171459_answers';

  override up(): void | Promise<void> {
    this.addSql(`create table "feedback"."feedback_answer" ("id" uuid not null, "feedback_id" uuid not null, "sent_by" text not null, "text" text not null, "staff_id" uuid not null, "sent_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "feedback_answer_feedback_id_index" on "feedback"."feedback_answer" ("feedback_id");`);

    this.addSql(`alter table "feedback"."feedback_answer" add constraint "feedback_answer_feedback_id_foreign" foreign key ("feedback_id") references "feedback"."feedback" ("id");`);
    this.addSql(`alter table "feedback"."feedback_answer" add constraint "feedback_answer_sent_by_check" check ("sent_by" in ('LETTER', 'EMAIL', 'PHONE'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "feedback"."feedback_answer" cascade;`);
  }

}
