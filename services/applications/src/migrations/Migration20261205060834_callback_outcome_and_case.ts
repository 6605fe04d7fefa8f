import { Migration } from '@mikro-orm/migrations';

export class Migration20261205060834_callback_outcome_and_case extends Migration {

  override name = 'Migration20261205060834_callback_outcome_and_case';

  override up(): void | Promise<void> {
    this.addSql(`alter table "applications"."callback_request" add "application_id" uuid null, add "outcome" text null, add "follows_id" uuid null;`);
    this.addSql(`create index "callback_request_application_id_index" on "applications"."callback_request" ("application_id");`);
    this.addSql(`alter table "applications"."callback_request" add constraint "callback_request_outcome_check" check ("outcome" in ('REACHED', 'NOT_REACHED', 'NEW_CALLBACK_NEEDED'));`);
    // Callbacks done before outcomes were recorded: the person was reached.
    this.addSql(`update "applications"."callback_request" set "outcome" = 'REACHED' where "completed_at" is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "applications"."callback_request_application_id_index";`);
    this.addSql(`alter table "applications"."callback_request" drop constraint "callback_request_outcome_check";`);
    this.addSql(`alter table "applications"."callback_request" drop column "application_id", drop column "outcome", drop column "follows_id";`);
  }

}
