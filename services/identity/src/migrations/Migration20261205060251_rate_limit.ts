import { Migration } from '@mikro-orm/migrations';

export class Migration20261205060251_rate_limit extends Migration {

  override name = 'Migration20261205060251_rate_limit';

  override up(): void | Promise<void> {
    this.addSql(`create table "identity"."rate_limit" ("key" varchar(64) not null, "hits" int not null, "expires_at" timestamptz not null, primary key ("key"));`);
    this.addSql(`create index "rate_limit_expires_at_index" on "identity"."rate_limit" ("expires_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "identity"."rate_limit" cascade;`);
  }

}
