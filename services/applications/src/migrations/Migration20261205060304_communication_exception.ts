import { Migration } from '@mikro-orm/migrations';

export class Migration20261205060304_communication_exception extends Migration {

  override name = 'Migration20261205060304_communication_exception';

  override up(): void | Promise<void> {
    this.addSql(`alter table "applications"."decision" add "communication_exception" text null, add "communication_exception_note" text null;`);
    this.addSql(`alter table "applications"."decision" add constraint "decision_communication_exception_check" check ("communication_exception" in ('NOT_AGAINST_PARTY', 'OBVIOUSLY_UNNECESSARY', 'WOULD_HINDER_DECISION', 'CANNOT_BE_DEFERRED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "applications"."decision" drop constraint "decision_communication_exception_check";`);
    this.addSql(`alter table "applications"."decision" drop column "communication_exception", drop column "communication_exception_note";`);
  }

}
