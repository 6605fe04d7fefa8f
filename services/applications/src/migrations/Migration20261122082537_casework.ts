import { Migration } from '@mikro-orm/migrations';

export class Migration20261122082537_casework extends Migration {

  override name = 'Migration20261122082537_casework';

  // Edited by hand: the generator also proposed dropping the hand-made application_inbox_index
  // and the defaults of answers/updated_at (kept for existing rows); only the new column stays.
  override up(): void | Promise<void> {
    this.addSql(`alter table "applications"."application" add "applicant_legal_gender" text null;`);
    this.addSql(`alter table "applications"."application" add constraint "application_applicant_legal_gender_check" check ("applicant_legal_gender" in ('FEMALE', 'MALE'));`);
    // Added by hand (the generator does not model partial indexes): the inbox reads open cases of
    // a unit, urgent first, then by submission, a page at a time, and counts them for its tabs.
    // In this order a page is read straight off the index; the included columns let the counts
    // be answered from the index alone.
    this.addSql(`create index "application_open_inbox_index" on "applications"."application" ("unit", "urgent" desc, "submitted_at", "id") include ("status", "assignee_id") where "status" in ('SUBMITTED', 'IN_INVESTIGATION', 'COMMUNICATED');`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "applications"."application_open_inbox_index";`);
    this.addSql(`alter table "applications"."application" drop constraint "application_applicant_legal_gender_check";`);
    this.addSql(`alter table "applications"."application" drop column "applicant_legal_gender";`);
  }

}
