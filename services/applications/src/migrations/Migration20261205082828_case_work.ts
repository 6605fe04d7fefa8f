import { Migration } from '@mikro-orm/migrations';

/*
 * The work of decided cases in one trigger-kept table (entities/work-tallies.ts CaseWork), in
 * place of decision_awaiting_order: the inbox counts and lists a decided case's work (an open
 * appeal, a service to order, a late plan, a follow-up due) from its row, with the case's unit,
 * status, caseworker and urgency copied, instead of following appeal → decision → service → case
 * for every piece of work at each request. The table and indexes are the generator's; the
 * functions and triggers are written by hand (the generator leaves them alone, see
 * create-migration.ts).
 *
 * `case_work_rows(decisions)` says in one place which rows the table holds for some decisions;
 * the triggers refresh a decision's rows from it, and a test compares the whole table with it.
 */
const S = '"applications"';
const NO_ASSIGNEE = `'00000000-0000-0000-0000-000000000000'::uuid`;

export class Migration20261205082828_case_work extends Migration {

  override name = 'Migration20261205082828_case_work';

  override up(): void | Promise<void> {
    this.addSql(`drop trigger "decision_awaiting_order" on ${S}."decision";`);
    this.addSql(`drop trigger "service_order_awaiting_order" on ${S}."service_order";`);
    this.addSql(`drop function ${S}."decision_awaiting_order_change"();`);
    this.addSql(`drop function ${S}."decision_awaiting_order_refresh"(uuid);`);
    this.addSql(`drop table if exists ${S}."decision_awaiting_order" cascade;`);

    this.addSql(`create table ${S}."case_work" ("kind" text not null, "item_id" uuid not null, "decision_id" uuid not null, "application_id" uuid not null, "unit" varchar(200) not null, "status" varchar(20) not null, "assignee_key" uuid not null, "urgent" boolean not null, "day" date null, "valid_to" date null, primary key ("kind", "item_id"));`);
    this.addSql(`create index "case_work_decision_id_index" on ${S}."case_work" ("decision_id");`);
    this.addSql(`create index "case_work_application_id_index" on ${S}."case_work" ("application_id");`);
    this.addSql(`create index "case_work_unit_kind_day_index" on ${S}."case_work" ("unit", "kind", "day") include ("application_id", "status", "assignee_key", "urgent", "valid_to");`);
    this.addSql(`alter table ${S}."case_work" add constraint "case_work_kind_check" check ("kind" in ('OPEN_APPEAL', 'SERVICE_NOT_ORDERED', 'PLAN_OVERDUE', 'FOLLOW_UP_DUE'));`);

    // Every piece of work of every decision in force: an appeal not settled (the statuses of
    // appeal_one_open_per_decision), a granted decision with no order, an order with no plan, a
    // follow-up not done.
    this.addSql(`create function ${S}."case_work_rows"(decisions uuid[]) returns setof ${S}."case_work" language sql stable as $$
  select w.kind, w.item_id, d.id as decision_id, a.id as application_id, a.unit, a.status,
         coalesce(a.assignee_id, ${NO_ASSIGNEE}) as assignee_key, a.urgent, w.day, d.valid_to
    from ${S}."decision" d
    join ${S}."requested_service" rs on rs.id = d.requested_service_id
    join ${S}."application" a on a.id = rs.application_id
    cross join lateral (
      select 'OPEN_APPEAL'::text as kind, ap.id as item_id, null::date as day
        from ${S}."appeal" ap where ap.decision_id = d.id and ap.status in ('RECEIVED', 'FORWARDED_TO_COURT')
      union all
      select 'SERVICE_NOT_ORDERED', d.id, null::date
       where d.outcome <> 'DENIED' and not exists (select 1 from ${S}."service_order" o where o.decision_id = d.id)
      union all
      select 'PLAN_OVERDUE', o.id, o.ordered_on from ${S}."service_order" o where o.decision_id = d.id and o.plan_received_on is null
      union all
      select 'FOLLOW_UP_DUE', f.id, f.due_on from ${S}."follow_up" f where f.decision_id = d.id and f.completed_on is null
    ) w
   where d.id = any(decisions) and d.status = 'DECIDED';
$$;`);

    this.addSql(`create function ${S}."case_work_refresh"(decision uuid) returns void language sql as $$
  delete from "applications"."case_work" where decision_id = decision;
  insert into "applications"."case_work" select * from "applications"."case_work_rows"(array[decision]);
$$;`);

    // A decision, appeal, order or follow-up written: its decision's work again.
    this.addSql(`create function ${S}."case_work_change"() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'decision' then
    if tg_op = 'DELETE' then
      delete from "applications"."case_work" where decision_id = old.id;
    else
      perform "applications"."case_work_refresh"(new.id);
    end if;
  else
    if tg_op in ('UPDATE', 'DELETE') then perform "applications"."case_work_refresh"(old.decision_id); end if;
    if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.decision_id is distinct from old.decision_id) then
      perform "applications"."case_work_refresh"(new.decision_id);
    end if;
  end if;
  return null;
end $$;`);
    this.addSql(`create trigger "decision_case_work" after insert or delete or update of status, outcome, valid_to, requested_service_id
      on ${S}."decision" for each row execute function ${S}."case_work_change"();`);
    this.addSql(`create trigger "appeal_case_work" after insert or delete or update of decision_id, status
      on ${S}."appeal" for each row execute function ${S}."case_work_change"();`);
    this.addSql(`create trigger "service_order_case_work" after insert or delete or update of decision_id, ordered_on, plan_received_on
      on ${S}."service_order" for each row execute function ${S}."case_work_change"();`);
    this.addSql(`create trigger "follow_up_case_work" after insert or delete or update of decision_id, due_on, completed_on
      on ${S}."follow_up" for each row execute function ${S}."case_work_change"();`);

    // The case's own facts, copied on every row of its work.
    this.addSql(`create function ${S}."case_work_application_change"() returns trigger language plpgsql as $$
begin
  update "applications"."case_work"
     set unit = new.unit, status = new.status, assignee_key = coalesce(new.assignee_id, ${NO_ASSIGNEE}), urgent = new.urgent
   where application_id = new.id;
  return null;
end $$;`);
    this.addSql(`create trigger "application_case_work" after update of unit, status, assignee_id, urgent
      on ${S}."application" for each row
      when ((old.unit, old.status, old.assignee_id, old.urgent) is distinct from (new.unit, new.status, new.assignee_id, new.urgent))
      execute function ${S}."case_work_application_change"();`);

    this.addSql(`insert into ${S}."case_work" select * from ${S}."case_work_rows"(array(select id from ${S}."decision"));`);
  }

  // Down puts back what up dropped: decision_awaiting_order with its functions and triggers, as
  // Migration20261205061324_work_list created them (its SQL, copied), filled from what exists.
  override down(): void | Promise<void> {
    this.addSql(`drop trigger "application_case_work" on ${S}."application";`);
    this.addSql(`drop trigger "decision_case_work" on ${S}."decision";`);
    this.addSql(`drop trigger "appeal_case_work" on ${S}."appeal";`);
    this.addSql(`drop trigger "service_order_case_work" on ${S}."service_order";`);
    this.addSql(`drop trigger "follow_up_case_work" on ${S}."follow_up";`);
    this.addSql(`drop function ${S}."case_work_application_change"();`);
    this.addSql(`drop function ${S}."case_work_change"();`);
    this.addSql(`drop function ${S}."case_work_refresh"(uuid);`);
    this.addSql(`drop function ${S}."case_work_rows"(uuid[]);`);
    this.addSql(`drop table if exists ${S}."case_work" cascade;`);

    this.addSql(`create table "applications"."decision_awaiting_order" ("decision_id" uuid not null, "application_id" uuid not null, "valid_to" date null, primary key ("decision_id"));`);
    this.addSql(`create index "decision_awaiting_order_application_id_index" on "applications"."decision_awaiting_order" ("application_id");`);
    this.addSql(`create function "applications"."decision_awaiting_order_refresh"(decision uuid) returns void language sql as $$
  delete from "applications"."decision_awaiting_order" where decision_id = decision;
  insert into "applications"."decision_awaiting_order" (decision_id, application_id, valid_to)
  select d.id, rs.application_id, d.valid_to
    from "applications"."decision" d join "applications"."requested_service" rs on rs.id = d.requested_service_id
   where d.id = decision and d.status = 'DECIDED' and d.outcome <> 'DENIED'
     and not exists (select 1 from "applications"."service_order" o where o.decision_id = d.id);
$$;`);
    this.addSql(`create function "applications"."decision_awaiting_order_change"() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'decision' then
    if tg_op = 'DELETE' then
      delete from "applications"."decision_awaiting_order" where decision_id = old.id;
    else
      perform "applications"."decision_awaiting_order_refresh"(new.id);
    end if;
  else
    if tg_op in ('UPDATE', 'DELETE') then perform "applications"."decision_awaiting_order_refresh"(old.decision_id); end if;
    if tg_op in ('INSERT', 'UPDATE') then perform "applications"."decision_awaiting_order_refresh"(new.decision_id); end if;
  end if;
  return null;
end $$;`);
    this.addSql(`create trigger "decision_awaiting_order" after insert or delete or update of status, outcome, valid_to, requested_service_id
      on "applications"."decision" for each row execute function "applications"."decision_awaiting_order_change"();`);
    this.addSql(`create trigger "service_order_awaiting_order" after insert or delete or update of decision_id
      on "applications"."service_order" for each row execute function "applications"."decision_awaiting_order_change"();`);
    this.addSql(`insert into "applications"."decision_awaiting_order" (decision_id, application_id, valid_to)
      select d.id, rs.application_id, d.valid_to
        from "applications"."decision" d join "applications"."requested_service" rs on rs.id = d.requested_service_id
       where d.status = 'DECIDED' and d.outcome <> 'DENIED'
         and not exists (select 1 from "applications"."service_order" o where o.decision_id = d.id);`);
  }

}
