import { Migration } from '@mikro-orm/migrations';

export class Migration20261205020443_staff_member_updated_at extends Migration {

  override name = 'Migration20261205020443_staff_member_updated_at';

  override up(): void | Promise<void> {
    // Existing members get the migration's time: newer than anything applications' projection
    // wrote from tokens before, so the seed's backfill (publishStaffMembers) replaces those rows.
    this.addSql(`alter table "identity"."staff_member" add "updated_at" timestamptz not null default now();`);
    this.addSql(`alter table "identity"."staff_member" alter column "updated_at" drop default;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "identity"."staff_member" drop column "updated_at";`);
  }

}
