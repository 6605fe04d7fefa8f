import { Migration } from '@mikro-orm/migrations';

/**
 * Referrals from outreach (outreach_referral, one per application it became), and the channel
 * OUTREACH_REFERRAL renamed OUTREACH. The generator also proposed recreating the hand-written
 * work-list triggers and functions in `down`; those lines are left out on purpose (see
 * Migration20261205061324_work_list).
 */
export class Migration20261205142305_outreach_referral extends Migration {

  override name = 'Migration20261205142305_outreach_referral';

  override up(): void | Promise<void> {
    this.addSql(`create table "applications"."outreach_referral" ("id" uuid not null, "application_id" uuid not null, "needs" text not null, "conversation_on" date not null, "worker_name" varchar(201) not null, "consent_text" varchar(500) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "applications"."outreach_referral" add constraint "outreach_referral_application_id_unique" unique ("application_id");`);

    this.addSql(`alter table "applications"."application" drop constraint "application_channel_check";`);
    this.addSql(`update "applications"."application" set "channel" = 'OUTREACH' where "channel" = 'OUTREACH_REFERRAL';`);
    this.addSql(`alter table "applications"."application" add constraint "application_channel_check" check ("channel" in ('WEB', 'PHONE', 'CONTACT_CENTRE', 'HOSPITAL_DISCHARGE', 'OUTREACH', 'PAPER'));`);

    this.addSql(`alter table "applications"."outreach_referral" add constraint "outreach_referral_application_id_foreign" foreign key ("application_id") references "applications"."application" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "applications"."outreach_referral" cascade;`);

    this.addSql(`alter table "applications"."application" drop constraint "application_channel_check";`);
    this.addSql(`update "applications"."application" set "channel" = 'OUTREACH_REFERRAL' where "channel" = 'OUTREACH';`);
    this.addSql(`alter table "applications"."application" add constraint "application_channel_check" check ("channel" in ('WEB', 'PHONE', 'CONTACT_CENTRE', 'HOSPITAL_DISCHARGE', 'OUTREACH_REFERRAL', 'PAPER'));`);
  }

}
