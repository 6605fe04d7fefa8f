import { Migration } from '@mikro-orm/migrations';

export class Migration20261205060136_provider_choice extends Migration {

  override name = 'Migration20261205060136_provider_choice';

  override up(): void | Promise<void> {
    this.addSql(`create table "applications"."provider_choice" ("id" uuid not null, "decision_id" uuid not null, "provider_id" uuid not null, "made_by" text not null, "made_by_name" varchar(200) null, "channel" text not null, "recorded_by_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "provider_choice_decision_id_index" on "applications"."provider_choice" ("decision_id");`);

    this.addSql(`alter table "applications"."application" add "applicant_name" varchar(200) null;`);

    this.addSql(`alter table "applications"."provider" add "areas" text[] not null default '{}', add "languages" text[] not null default '{}', add "profile" text not null default '';`);

    this.addSql(`alter table "applications"."provider_choice" add constraint "provider_choice_decision_id_foreign" foreign key ("decision_id") references "applications"."decision" ("id");`);
    this.addSql(`alter table "applications"."provider_choice" add constraint "provider_choice_provider_id_foreign" foreign key ("provider_id") references "applications"."provider" ("id");`);
    this.addSql(`alter table "applications"."provider_choice" add constraint "provider_choice_made_by_check" check ("made_by" in ('PERSON', 'REPRESENTATIVE'));`);
    this.addSql(`alter table "applications"."provider_choice" add constraint "provider_choice_channel_check" check ("channel" in ('PORTAL', 'PHONE'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "applications"."provider_choice" cascade;`);

    this.addSql(`alter table "applications"."application" drop column "applicant_name";`);

    this.addSql(`alter table "applications"."provider" drop column "areas", drop column "languages", drop column "profile";`);
  }

}
