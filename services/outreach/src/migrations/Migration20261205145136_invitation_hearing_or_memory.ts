import { Migration } from '@mikro-orm/migrations';

export class Migration20261205145136_invitation_hearing_or_memory extends Migration {

  override name = 'Migration20261205145136_invitation_hearing_or_memory';

  override up(): void | Promise<void> {
    this.addSql(`alter table "outreach"."invitation" add "hearing_or_memory_noted" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "outreach"."invitation" drop column "hearing_or_memory_noted";`);
  }

}
