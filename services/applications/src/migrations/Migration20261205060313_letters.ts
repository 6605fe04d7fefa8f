import { Migration } from '@mikro-orm/migrations';

const ALL_SERVICES = `'["HOME_CARE_PERSONAL","HOME_CARE_SERVICE","SAFETY_ALARM","DAY_ACTIVITY","ESCORT","CARER_RELIEF","HOUSING_SUPPORT","MEAL_DELIVERY","HOME_CARE_ALLOWANCE","SHORT_TERM_STAY","NURSING_HOME","SERVICE_FLAT"]'::jsonb`;

/**
 * Letters for the post: legal provisions offered per service type with a usual default, and the
 * staff projection's name, title and direct phone. The seeded provisions get their service types
 * here (seed.ts adds only missing rows); the new act's citation gets chapter and paragraph where
 * it is still the seed's text.
 */
export class Migration20261205060313_letters extends Migration {

  override name = 'Migration20261205060313_letters';

  override up(): void | Promise<void> {
    this.addSql(`alter table "applications"."legal_provision" add "service_types" jsonb not null default '[]', add "default_for" jsonb not null default '[]';`);
    this.addSql(`update "applications"."legal_provision" set "service_types" = ${ALL_SERVICES} where "code" in ('SOL_4_1', 'SOL_4_2');`);
    this.addSql(`update "applications"."legal_provision" set "service_types" = ${ALL_SERVICES}, "default_for" = ${ALL_SERVICES} where "code" = 'SOL2025_LIVSFORING';`);
    this.addSql(`update "applications"."legal_provision" set "citation" = '4 kap. 1 § socialtjänstlagen (2025:400)' where "code" = 'SOL2025_LIVSFORING' and "citation" = 'socialtjänstlag (2025:400)';`);
    this.addSql(`update "applications"."legal_provision" set "service_types" = '["ESCORT"]' where "code" = 'LSS_9_3';`);
    this.addSql(`update "applications"."legal_provision" set "service_types" = '["CARER_RELIEF"]' where "code" = 'LSS_9_5';`);
    this.addSql(`update "applications"."legal_provision" set "service_types" = '["SHORT_TERM_STAY"]' where "code" = 'LSS_9_6';`);

    this.addSql(`alter table "applications"."staff_member" add "name" varchar(201) null, add "title" varchar(100) null, add "phone" varchar(20) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "applications"."legal_provision" drop column "service_types", drop column "default_for";`);
    this.addSql(`alter table "applications"."staff_member" drop column "name", drop column "title", drop column "phone";`);
  }

}
