import { Migration } from '@mikro-orm/migrations';

export class Migration20261205142224_invitations extends Migration {

  override name = 'Migration20261205142224_invitations';

  override up(): void | Promise<void> {
    this.addSql(`create table "outreach"."invitation" ("id" uuid not null, "campaign_id" uuid not null, "person_id" uuid not null, "code_hash" varchar(64) not null, "status" text not null default 'INVITED', "invited_at" timestamptz not null, "reminded_at" timestamptz null, "answered_at" timestamptz null, "decline_reason" varchar(500) null, "language" varchar(8) not null default 'sv', primary key ("id"));`);
    this.addSql(`create index "invitation_person_id_index" on "outreach"."invitation" ("person_id");`);
    this.addSql(`alter table "outreach"."invitation" add constraint "invitation_code_hash_unique" unique ("code_hash");`);
    this.addSql(`alter table "outreach"."invitation" add constraint "invitation_campaign_person_unique" unique ("campaign_id", "person_id");`);

    this.addSql(`create table "outreach"."invitation_session" ("token_hash" varchar(64) not null, "invitation_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("token_hash"));`);
    this.addSql(`create index "invitation_session_invitation_id_index" on "outreach"."invitation_session" ("invitation_id");`);
    this.addSql(`create index "invitation_session_expires_at_index" on "outreach"."invitation_session" ("expires_at");`);

    this.addSql(`alter table "outreach"."invitation" add constraint "invitation_campaign_id_foreign" foreign key ("campaign_id") references "outreach"."campaign" ("id");`);
    this.addSql(`alter table "outreach"."invitation" add constraint "invitation_status_check" check ("status" in ('INVITED', 'ACCEPTED', 'DECLINED'));`);

    this.addSql(`alter table "outreach"."invitation_session" add constraint "invitation_session_invitation_id_foreign" foreign key ("invitation_id") references "outreach"."invitation" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "outreach"."invitation_session" drop constraint "invitation_session_invitation_id_foreign";`);

    this.addSql(`drop table if exists "outreach"."invitation" cascade;`);
    this.addSql(`drop table if exists "outreach"."invitation_session" cascade;`);
  }

}
