import { Migration } from '@mikro-orm/migrations';

export class Migration20261205142025_population_import extends Migration {

  override name = 'Migration20261205142025_population_import';

  override up(): void | Promise<void> {
    this.addSql(`create table "identity"."import_chunk" ("run_id" uuid not null, "chunk" int not null, primary key ("run_id", "chunk"));`);

    this.addSql(`create table "identity"."import_run" ("id" uuid not null, "started_by_id" uuid not null, "unit" varchar(200) not null, "file_name" varchar(255) not null, "status" text not null default 'RUNNING', "started_at" timestamptz not null, "finished_at" timestamptz null, "rows_read" int not null default 0, "created" int not null default 0, "updated" int not null default 0, "unchanged" int not null default 0, "refused" int not null default 0, "chunks_total" int null, "chunks_done" int not null default 0, "failure" varchar(64) null, primary key ("id"));`);
    this.addSql(`create index "import_run_unit_index" on "identity"."import_run" ("unit");`);
    this.addSql(`create index "import_run_started_at_index" on "identity"."import_run" ("started_at");`);

    this.addSql(`create table "identity"."import_refused_row" ("id" uuid not null, "run_id" uuid not null, "line" int not null, "reason" text not null, primary key ("id"));`);
    this.addSql(`alter table "identity"."import_refused_row" add constraint "import_refused_row_run_id_line_unique" unique ("run_id", "line");`);

    this.addSql(`alter table "identity"."person" add "email" varchar(254) null;`);

    this.addSql(`alter table "identity"."import_run" add constraint "import_run_started_by_id_foreign" foreign key ("started_by_id") references "identity"."staff_member" ("id");`);
    this.addSql(`alter table "identity"."import_run" add constraint "import_run_status_check" check ("status" in ('RUNNING', 'DONE', 'FAILED'));`);

    this.addSql(`alter table "identity"."import_refused_row" add constraint "import_refused_row_run_id_foreign" foreign key ("run_id") references "identity"."import_run" ("id") on delete cascade;`);
    this.addSql(`alter table "identity"."import_refused_row" add constraint "import_refused_row_reason_check" check ("reason" in ('INVALID_PERSONAL_IDENTITY_NUMBER', 'DUPLICATE_PERSONAL_IDENTITY_NUMBER', 'MISSING_NAME', 'MISSING_STREET_ADDRESS', 'MISSING_POSTAL_CODE', 'INVALID_POSTAL_CODE', 'MISSING_POSTAL_TOWN', 'TOO_LONG', 'INVALID_CHARACTERS', 'WRONG_COLUMN_COUNT'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "identity"."import_refused_row" drop constraint "import_refused_row_run_id_foreign";`);

    this.addSql(`drop table if exists "identity"."import_chunk" cascade;`);
    this.addSql(`drop table if exists "identity"."import_run" cascade;`);
    this.addSql(`drop table if exists "identity"."import_refused_row" cascade;`);

    this.addSql(`alter table "identity"."person" drop column "email";`);

  }

}
