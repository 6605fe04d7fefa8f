import { Migration } from '@mikro-orm/migrations';

export class Migration20261122074004_initial extends Migration {

  override name = 'Migration20261122074004_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "identity";`);
    this.addSql(`create table "identity"."access_log" ("id" uuid not null, "at" timestamptz not null, "staff_id" uuid not null, "person_id" uuid not null, "resource" varchar(64) not null, "resource_id" varchar(64) null, primary key ("id"));`);
    this.addSql(`create index "access_log_staff_id_index" on "identity"."access_log" ("staff_id");`);
    this.addSql(`create index "access_log_person_id_index" on "identity"."access_log" ("person_id");`);

    this.addSql(`create table "identity"."person" ("id" uuid not null, "personal_identity_number" varchar(12) not null, "given_name" varchar(100) not null, "family_name" varchar(100) not null, "birth_date" date not null, "legal_gender" text not null, "district_area" varchar(100) null, "preferred_language" varchar(8) not null default 'sv', "interpreter_needed" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "identity"."person" add constraint "person_personal_identity_number_unique" unique ("personal_identity_number");`);
    this.addSql(`alter table "identity"."person" add constraint "person_legal_gender_check" check ("legal_gender" in ('FEMALE', 'MALE'));`);

    this.addSql(`create table "identity"."staff_member" ("id" uuid not null, "username" varchar(64) not null, "given_name" varchar(100) not null, "family_name" varchar(100) not null, "title" varchar(100) not null, "roles" text[] not null, "unit" varchar(200) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "identity"."staff_member" add constraint "staff_member_username_unique" unique ("username");`);

    this.addSql(`create table "identity"."representation" ("id" uuid not null, "representative_id" uuid not null, "represented_id" uuid not null, "kind" text not null, "valid_from" date not null, "valid_to" date null, "verified_by_id" uuid null, "verified_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "representation_representative_id_index" on "identity"."representation" ("representative_id");`);
    this.addSql(`create index "representation_represented_id_index" on "identity"."representation" ("represented_id");`);
    this.addSql(`alter table "identity"."representation" add constraint "representation_kind_check" check ("kind" in ('POWER_OF_ATTORNEY', 'TRUSTEE', 'ADMINISTRATOR'));`);

    this.addSql(`alter table "identity"."representation" add constraint "representation_representative_id_foreign" foreign key ("representative_id") references "identity"."person" ("id");`);
    this.addSql(`alter table "identity"."representation" add constraint "representation_represented_id_foreign" foreign key ("represented_id") references "identity"."person" ("id");`);
    this.addSql(`alter table "identity"."representation" add constraint "representation_verified_by_id_foreign" foreign key ("verified_by_id") references "identity"."staff_member" ("id") on delete set null;`);
  }

}
