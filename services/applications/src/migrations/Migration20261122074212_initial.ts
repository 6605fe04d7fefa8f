import { Migration } from '@mikro-orm/migrations';

export class Migration20261122074212_initial extends Migration {

  override name = 'Migration20261122074212_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "applications";`);
    this.addSql(`create table "applications"."access_log" ("id" uuid not null, "at" timestamptz not null, "staff_id" uuid not null, "person_id" uuid not null, "resource" varchar(64) not null, "resource_id" varchar(64) null, primary key ("id"));`);
    this.addSql(`create index "access_log_staff_id_index" on "applications"."access_log" ("staff_id");`);
    this.addSql(`create index "access_log_person_id_index" on "applications"."access_log" ("person_id");`);

    this.addSql(`create table "applications"."application" ("id" uuid not null, "reference" varchar(32) not null, "applicant_id" uuid not null, "submitted_by_id" uuid null, "unit" varchar(200) not null, "status" text not null default 'DRAFT', "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "applications"."application" add constraint "application_reference_unique" unique ("reference");`);
    this.addSql(`create index "application_applicant_id_index" on "applications"."application" ("applicant_id");`);
    this.addSql(`create index "application_unit_index" on "applications"."application" ("unit");`);
    this.addSql(`create index "application_created_at_index" on "applications"."application" ("created_at");`);
    this.addSql(`alter table "applications"."application" add constraint "application_status_check" check ("status" in ('DRAFT', 'SUBMITTED', 'IN_INVESTIGATION', 'DECIDED', 'CLOSED'));`);

    this.addSql(`create table "applications"."requested_service" ("id" uuid not null, "application_id" uuid not null, "service_type" text not null, primary key ("id"));`);
    this.addSql(`create index "requested_service_application_id_index" on "applications"."requested_service" ("application_id");`);
    this.addSql(`alter table "applications"."requested_service" add constraint "requested_service_service_type_check" check ("service_type" in ('HOME_CARE_PERSONAL', 'HOME_CARE_SERVICE', 'SAFETY_ALARM', 'DAY_ACTIVITY', 'ESCORT', 'CARER_RELIEF', 'HOUSING_SUPPORT', 'MEAL_DELIVERY', 'HOME_CARE_ALLOWANCE', 'SHORT_TERM_STAY', 'NURSING_HOME', 'SERVICE_FLAT'));`);

    this.addSql(`alter table "applications"."requested_service" add constraint "requested_service_application_id_foreign" foreign key ("application_id") references "applications"."application" ("id");`);
  }

}
