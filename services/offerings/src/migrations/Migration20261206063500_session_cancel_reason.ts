import { Migration } from '@mikro-orm/migrations';

export class Migration20261206063500_session_cancel_reason extends Migration {

  override name = 'Migration20261206063500_session_cancel_reason';

  override up(): void | Promise<void> {
    this.addSql(`alter table "offerings"."offering_session" add column "cancel_reason" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "offerings"."offering_session" drop column "cancel_reason";`);
  }

}
