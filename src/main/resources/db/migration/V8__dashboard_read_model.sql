-- Why: the Tablero de control reads the plan (structure), the offices (organization) and the goals'
-- values and budget execution (tracking). architecture.md: a read model that spans modules reads SQL
-- views owned by the module that reads them, never the other modules' tables from Java. These views
-- are that contract: when structure or tracking change a table, only the views below change. They
-- only shape rows (rename, project, extract the year of a period); every progress figure is computed
-- by the progress engine in Java (progress-rules.md: one implementation).

-- The plan with what its tablero needs of its organization: the name for headings and exports, and
-- the thresholds of the traffic lights (progress-rules §4).
create view dashboard_plan as
select p.id, p.organization_id, o.name as organization_name, o.dane_code, p.name, p.first_year, p.last_year,
       o.red_below, o.green_from, o.over_above
from development_plan p
join organization o on o.id = p.organization_id;

create view dashboard_line as
select l.id, l.organization_id, l.plan_id, l.code, l.name, l.weight, l.position
from strategic_line l;

-- The goal's display name is the one the plan pages use: the custom name, else the MGA indicator.
create view dashboard_goal as
select g.id, g.organization_id, g.plan_id, g.budget_kind, g.sispt_code,
       coalesce(nullif(btrim(g.custom_name), ''), g.indicator_name, g.product_name, g.sispt_code) as name,
       g.indicator_code, g.unit, g.sector_code, g.sector_name, g.program_code, g.program_name,
       g.office_id, o.name as office_name, g.programming_type, g.baseline, g.weight, g.eliminated, g.position
from product_goal g
left join office o on o.id = g.office_id;

create view dashboard_goal_line as
select gl.goal_id, gl.line_id, gl.organization_id, gl.position
from product_goal_line gl;

-- Yearly targets of the Plan Indicativo. SGR bienniums ("2023-2024") have no yearly target and are
-- left out; the CASE (not a cast in the WHERE) keeps a pushed-down predicate on "year" from casting
-- a biennium. A period of the plan is a year (4 characters) or a biennium (9).
create view dashboard_goal_target as
select t.goal_id, t.organization_id, t.year, t.target
from (select p.goal_id, p.organization_id, p.target,
             case when length(p.period) = 4 then cast(p.period as integer) end as year
      from product_goal_period p) t
where t.year is not null;

-- Programmed cost per goal and year = Σ of the Plan Plurianual's amounts of that year, all sources.
create view dashboard_goal_cost as
select c.goal_id, c.organization_id, c.year, sum(c.amount) as cost
from (select k.goal_id, k.organization_id, k.amount,
             case when length(k.period) = 4 then cast(k.period as integer) end as year
      from product_goal_cost k) c
where c.year is not null
group by c.goal_id, c.organization_id, c.year;

-- One value per goal and period ("2025", "2025-Q3" or "2025-09"; goal_value's check constraint
-- guarantees the format). The kind and number of a period are read off the text in Java: computing
-- them here for every row doubled the cost of reading a plan's values.
create view dashboard_goal_value as
select v.goal_id, v.organization_id, cast(left(v.period, 4) as integer) as year, v.period,
       v.programmed, v.executed, v.source, v.updated_at, v.version
from goal_value v;

create view dashboard_goal_budget as
select b.goal_id, b.organization_id, b.year, b.appropriation, b.commitments, b.obligations, b.payments,
       b.source, b.updated_at
from goal_budget_execution b;

-- Why: the tablero is cached per (organization, plan, cut) and must be recomputed after any change to
-- what it reads, whoever makes it (a person, the DNP import, a SQL script). Statement-level triggers
-- on those tables append one row per changed organization and statement; the cache's key includes
-- (count, max id) of the organization's rows. Append-only on purpose: no writer ever waits on another
-- (an updated counter row would serialize every writer of an organization and could deadlock), and
-- the count also moves when a transaction that took a smaller id commits after a larger one.
-- The column is "org_id", not "organization_id", so that afterMigrate.sql does not audit this
-- technical log (it is not business data, and auditing it would double every entry of the trail).
create table dashboard_change (
    id     bigint generated always as identity primary key,
    org_id uuid        not null,
    at     timestamptz not null default now()
);
create index dashboard_change_org on dashboard_change (org_id, id);

create function dashboard_note_change() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'organization' then
        insert into dashboard_change (org_id) select distinct r.id from changed_rows r;
    else
        insert into dashboard_change (org_id)
        select distinct r.organization_id from changed_rows r where r.organization_id is not null;
    end if;
    return null;
end $$;

do $$
declare
    t text;
begin
    foreach t in array array['organization', 'office', 'development_plan', 'strategic_line', 'product_goal',
                             'product_goal_line', 'product_goal_period', 'product_goal_cost', 'goal_value',
                             'goal_budget_execution']
    loop
        execute format('create trigger %I after insert on %I referencing new table as changed_rows '
                       'for each statement execute function dashboard_note_change()', t || '_dashboard_ins', t);
        execute format('create trigger %I after update on %I referencing new table as changed_rows '
                       'for each statement execute function dashboard_note_change()', t || '_dashboard_upd', t);
        execute format('create trigger %I after delete on %I referencing old table as changed_rows '
                       'for each statement execute function dashboard_note_change()', t || '_dashboard_del', t);
    end loop;
end $$;
