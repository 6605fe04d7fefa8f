import { Migration } from '@mikro-orm/migrations';

export class Migration20261205011104_trust extends Migration {

  override name = 'Migration20261205011104_trust';

  override up(): void | Promise<void> {
    this.addSql(`create table "identity"."person_link" ("id" uuid not null, "person_id" uuid not null, "unit" varchar(200) not null, "source" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "person_link_person_id_index" on "identity"."person_link" ("person_id");`);
    this.addSql(`alter table "identity"."person_link" add constraint "person_link_person_id_unit_source_unique" unique ("person_id", "unit", "source");`);

    this.addSql(`create table "identity"."representation_event" ("id" uuid not null, "representation_id" uuid not null, "type" text not null, "staff_id" uuid not null, "at" timestamptz not null, "data" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "representation_event_representation_id_index" on "identity"."representation_event" ("representation_id");`);

    this.addSql(`alter table "identity"."representation" add "document_date" date null, add "ended_at" timestamptz null, add "ended_by_id" uuid null;`);
    this.addSql(`alter table "identity"."representation" add constraint "representation_ended_by_id_foreign" foreign key ("ended_by_id") references "identity"."staff_member" ("id") on delete set null;`);

    this.addSql(`alter table "identity"."person_link" add constraint "person_link_source_check" check ("source" in ('CASE', 'CAMPAIGN'));`);

    this.addSql(`alter table "identity"."representation_event" add constraint "representation_event_type_check" check ("type" in ('REGISTERED', 'ENDED'));`);

    // The representation log is append-only: the database refuses to change or delete a row.
    this.addSql(`create function "identity"."representation_event_append_only"() returns trigger language plpgsql as $$ begin raise exception 'representation_event is append-only'; end $$;`);
    this.addSql(`create trigger "representation_event_append_only" before update or delete on "identity"."representation_event" for each row execute function "identity"."representation_event_append_only"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "identity"."person_link" cascade;`);
    this.addSql(`drop table if exists "identity"."representation_event" cascade;`);
    this.addSql(`drop function if exists "identity"."representation_event_append_only"();`);

    this.addSql(`alter table "identity"."representation" drop constraint "representation_ended_by_id_foreign";`);

    this.addSql(`alter table "identity"."representation" drop column "document_date", drop column "ended_at", drop column "ended_by_id";`);
  }

}
