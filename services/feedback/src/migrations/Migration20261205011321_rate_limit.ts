import { Migration } from '@mikro-orm/migrations';

export class Migration20261205011321_rate_limit extends Migration {

  override name = 'Migration20261205011321_rate_limit';

  override up(): void | Promise<void> {
    this.addSql(`create table "feedback"."rate_limit" ("key" varchar(64) not null, "hits" int not null, "expires_at" timestamptz not null, primary key ("key"));`);
    this.addSql(`create index "rate_limit_expires_at_index" on "feedback"."rate_limit" ("expires_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "feedback"."rate_limit" cascade;`);
  }

}
