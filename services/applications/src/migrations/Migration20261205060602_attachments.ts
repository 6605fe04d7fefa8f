import { Migration } from '@mikro-orm/migrations';

export class Migration20261205060602_attachments extends Migration {

  override name = 'Migration20261205060602_attachments';

  override up(): void | Promise<void> {
    this.addSql(`create table "applications"."attachment" ("id" uuid not null, "application_id" uuid not null, "purpose" text not null, "file_name" varchar(200) not null, "content_type" varchar(40) not null, "size_bytes" int not null, "storage" varchar(20) not null, "uploaded_by_person_id" uuid null, "uploaded_by_staff_id" uuid null, "uploaded_at" timestamptz not null, "sent_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "attachment_application_id_index" on "applications"."attachment" ("application_id");`);

    this.addSql(`create table "applications"."attachment_content" ("attachment_id" uuid not null, "content" bytea not null, primary key ("attachment_id"));`);

    this.addSql(`alter table "applications"."attachment" add constraint "attachment_application_id_foreign" foreign key ("application_id") references "applications"."application" ("id");`);
    this.addSql(`alter table "applications"."attachment" add constraint "attachment_purpose_check" check ("purpose" in ('APPLICATION', 'RESPONSE', 'APPEAL', 'CASE_DOCUMENT'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "applications"."attachment" cascade;`);
    this.addSql(`drop table if exists "applications"."attachment_content" cascade;`);

  }

}
