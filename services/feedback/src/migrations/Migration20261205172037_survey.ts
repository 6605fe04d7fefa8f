import { Migration } from '@mikro-orm/migrations';

export class Migration20261205172037_survey extends Migration {

  override name = 'Migration20261205172037_survey';

  override up(): void | Promise<void> {
    this.addSql(`create table "feedback"."survey" ("id" uuid not null, "unit" varchar(200) not null, "year" int not null, "opens_on" date not null, "closes_on" date not null, "created_by" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "feedback"."survey" add constraint "survey_unit_year_unique" unique ("unit", "year");`);

    this.addSql(`create table "feedback"."person_care_status" ("person_id" uuid not null, "has_current_care_services" boolean not null, "version" timestamptz not null, primary key ("person_id"));`);

    this.addSql(`create table "feedback"."survey_national_result" ("id" uuid not null, "unit" varchar(200) not null, "year" int not null, "question" text not null, "women_percent" numeric(4,1) null, "men_percent" numeric(4,1) null, "total_percent" numeric(4,1) null, "respondents" int null, "imported_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "feedback"."survey_national_result" add constraint "survey_national_result_unit_year_question_unique" unique ("unit", "year", "question");`);

    this.addSql(`create table "feedback"."survey_participation" ("survey_id" uuid not null, "marker" varchar(64) not null, primary key ("survey_id", "marker"));`);

    this.addSql(`create table "feedback"."survey_response" ("id" uuid not null, "survey_id" uuid not null, "channel" text not null, "answered_on" date not null, "gender" text null, "answers" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "survey_response_survey_id_index" on "feedback"."survey_response" ("survey_id");`);

    this.addSql(`alter table "feedback"."survey_national_result" add constraint "survey_national_result_question_check" check ("question" in ('KNOWS_WHERE_TO_TURN', 'HELP_FITS_NEEDS', 'GETS_GRANTED_HELP', 'TREATED_WELL', 'OVERALL_SATISFIED'));`);

    this.addSql(`alter table "feedback"."survey_response" add constraint "survey_response_survey_id_foreign" foreign key ("survey_id") references "feedback"."survey" ("id");`);
    this.addSql(`alter table "feedback"."survey_response" add constraint "survey_response_channel_check" check ("channel" in ('WEB', 'PAPER'));`);
    this.addSql(`alter table "feedback"."survey_response" add constraint "survey_response_gender_check" check ("gender" in ('WOMAN', 'MAN', 'NOT_SAID'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "feedback"."survey_response" drop constraint "survey_response_survey_id_foreign";`);

    this.addSql(`drop table if exists "feedback"."survey" cascade;`);
    this.addSql(`drop table if exists "feedback"."person_care_status" cascade;`);
    this.addSql(`drop table if exists "feedback"."survey_national_result" cascade;`);
    this.addSql(`drop table if exists "feedback"."survey_participation" cascade;`);
    this.addSql(`drop table if exists "feedback"."survey_response" cascade;`);
  }

}
