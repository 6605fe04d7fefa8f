import { Migration } from '@mikro-orm/migrations';

/** Letters for the post: a person's postal address and a staff member's direct phone. */
export class Migration20261205060301_letters extends Migration {

  override name = 'Migration20261205060301_letters';

  override up(): void | Promise<void> {
    this.addSql(`alter table "identity"."person" add "street_address" varchar(200) null, add "postal_code" varchar(10) null, add "postal_town" varchar(100) null;`);
    this.addSql(`alter table "identity"."staff_member" add "phone" varchar(20) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "identity"."person" drop column "street_address", drop column "postal_code", drop column "postal_town";`);
    this.addSql(`alter table "identity"."staff_member" drop column "phone";`);
  }

}
