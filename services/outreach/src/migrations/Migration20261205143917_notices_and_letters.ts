import { Migration } from '@mikro-orm/migrations';

export class Migration20261205143917_notices_and_letters extends Migration {

  override name = 'Migration20261205143917_notices_and_letters';

  override up(): void | Promise<void> {
    this.addSql(`create table "outreach"."booking_notice" ("id" uuid not null, "booking_id" uuid not null, "event" text not null, "version" varchar(100) not null default '', "channel" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "booking_notice_booking_id_index" on "outreach"."booking_notice" ("booking_id");`);
    this.addSql(`alter table "outreach"."booking_notice" add constraint "booking_notice_once" unique ("booking_id", "event", "version");`);

    this.addSql(`create table "outreach"."outgoing_letter" ("id" uuid not null, "person_id" uuid not null, "booking_id" uuid null, "kind" text not null, "unit" varchar(200) not null, "storage" varchar(16) not null default 'postgres', "size_bytes" int not null, "created_at" timestamptz not null, "printed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "outgoing_letter_person_id_index" on "outreach"."outgoing_letter" ("person_id");`);
    this.addSql(`create index "outgoing_letter_booking_id_index" on "outreach"."outgoing_letter" ("booking_id");`);
    this.addSql(`create index "outgoing_letter_unprinted" on "outreach"."outgoing_letter" ("unit", "created_at") where "printed_at" is null;`);

    this.addSql(`create table "outreach"."outgoing_letter_content" ("letter_id" uuid not null, "content" bytea not null, primary key ("letter_id"));`);

    this.addSql(`alter table "outreach"."booking_notice" add constraint "booking_notice_event_check" check ("event" in ('BOOKED', 'RESCHEDULED', 'CANCELLED', 'DAY_BEFORE'));`);
    this.addSql(`alter table "outreach"."booking_notice" add constraint "booking_notice_channel_check" check ("channel" in ('MAIL', 'LETTER', 'CALL', 'NONE'));`);

    this.addSql(`alter table "outreach"."outgoing_letter" add constraint "outgoing_letter_kind_check" check ("kind" in ('BOOKING_CONFIRMED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "outreach"."booking_notice" cascade;`);
    this.addSql(`drop table if exists "outreach"."outgoing_letter" cascade;`);
    this.addSql(`drop table if exists "outreach"."outgoing_letter_content" cascade;`);
  }

}
